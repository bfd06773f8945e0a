package communique.web;

import communique.cli.Main;
import communique.search.TestIndexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: {@code communique search --json} prints the document {@code /api/search} serves. */
class CliSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonOutputIsTheApiDocument(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        TestIndexes.seedLike(index);
        JsonNode cli = JSON.readTree(run("search", "--index", index.toString(), "--json", "--country", "GB",
                "pakistan"));
        JsonNode api;
        try (TestServer server = new TestServer(dir.resolve("other"))) {
            api = JSON.readTree(server.get("/api/search?q=pakistan&country=GB").body());
        }
        ((ObjectNode) cli).remove("tookMs");
        ((ObjectNode) api).remove("tookMs");
        assertThat(cli).isEqualTo(api);
        assertThat(cli.get("total").asInt()).isEqualTo(4);
    }

    @Test
    void textOutputListsTitlesDatesOfficialsAndCountries(@TempDir Path dir) throws Exception {
        Path index = TestIndexes.seedLike(dir.resolve("index"));
        String out = run("search", "--index", index.toString(), "--official", "mohsin-naqvi");
        assertThat(out).contains("2 articles", "Pakistan and UK strengthen extradition collaboration", "2025-05-22",
                "officials: Mohsin Naqvi (Interior Minister); Graeme Biggar (Director General)",
                "countries: Pakistan, United Kingdom");
    }
}
