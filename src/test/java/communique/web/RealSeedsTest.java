package communique.web;

import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;

import io.javalin.Javalin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance counts on the bundled seeds (index-data/articles), indexed by the real indexer and
 * extractor. The counts need the real extractor and reader (branches extract and article): those tests are
 * disabled until the merge. The same counts are asserted on the seed-like fixture in {@link WebAppTest}.
 */
class RealSeedsTest {

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.realSeeds(dir));
        app = WebApp.create(backend).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        backend.close();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void allFiveSeedsAreServed() throws Exception {
        assertThat(get("/search")).contains("<strong class=\"total\">5 articles</strong>");
    }

    @Test
    @Disabled("needs extractor: enable after merge (and the real article reader: the naive one keeps the page's"
            + " related-links furniture, which mentions Gaza)")
    void gazaMatchesNoSeed() throws Exception {
        assertThat(get("/search?q=Gaza")).contains("<strong class=\"total\">0 articles</strong>");
        assertThat(get("/api/search?q=Gaza")).contains("\"total\":0");
    }

    @Test
    @Disabled("needs extractor: enable after merge")
    void countryGbMatchesFourSeeds() throws Exception {
        assertThat(get("/search?country=GB")).contains("<strong class=\"total\">4 articles</strong>");
        assertThat(get("/api/search?country=GB")).contains("\"total\":4");
    }

    @Test
    @Disabled("needs extractor: enable after merge")
    void officialMohsinNaqviMatchesTwoSeeds() throws Exception {
        assertThat(get("/search?official=mohsin-naqvi")).contains("<strong class=\"total\">2 articles</strong>",
                "Mohsin Naqvi · Interior Minister, Pakistan");
        assertThat(get("/api/search?official=mohsin-naqvi")).contains("\"total\":2");
    }
}
