package communique.cli;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code communique extract}: each article's line carries its meetings and quotes beside its officials. */
class ExtractCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheMeetingsAndQuotesOfEachArticle() throws Exception {
        CliRun run = CliRun.of("extract", "index-data/articles");

        assertThat(run.exitCode()).isEqualTo(0);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).hasSize(5);
        JsonNode seed002 = lines.get(2);
        assertThat(seed002.get("id").asText()).startsWith("002_");
        JsonNode meeting = seed002.get("meetings").get(0);
        assertThat(meeting.get("kind").asText()).isEqualTo("call-on");
        assertThat(meeting.get("date").asText()).isEqualTo("2025-04-17");
        assertThat(meeting.get("place").asText()).isEqualTo("Islamabad");
        assertThat(meeting.get("evidence").asText()).contains("called on");
        JsonNode caller = meeting.get("participants").get(0);
        assertThat(caller.get("key").asText()).isEqualTo("wajid-khan");
        assertThat(caller.get("side").asText()).isEqualTo("caller");
        assertThat(caller.get("role").asText()).isEqualTo("Minister for Faith and Communities");
        assertThat(caller.get("country").asText()).isEqualTo("GB");
        assertThat(meeting.get("participants").get(1).get("side").asText()).isEqualTo("host");
        assertThat(meeting.get("participants")).hasSize(5);
        JsonNode quote = find(seed002.get("quotes"), "We greatly value");
        assertThat(quote.get("kind").asText()).isEqualTo("direct");
        assertThat(quote.get("speaker").get("key").asText()).isEqualTo("wajid-khan");
        assertThat(seed002.get("body").asText()).contains(quote.get("text").asText());
        JsonNode seed004 = lines.get(4);
        assertThat(seed004.get("meetings")).isEmpty();
        assertThat(find(seed004.get("quotes"), "We need a relationship").get("speaker").get("name").asText())
                .isEqualTo("Asim Iftikhar");
    }

    @Test
    void aQuoteWithoutANamedSpeakerPrintsANullSpeakerAndADelegationItsKind() throws Exception {
        Path file = tmp.resolve("unnamed.txt");
        Files.writeString(file, " date 2024-05-02 LAHORE: Punjab Chief Minister Maryam Nawaz met a delegation of the"
                + " British Parliament in Lahore on Thursday.\n\n\"We were impressed,\" a member of the delegation said.\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("extract", file.toString());

        JsonNode line = lines(run.out()).get(0);
        JsonNode meeting = line.get("meetings").get(0);
        assertThat(meeting.get("kind").asText()).isEqualTo("delegation");
        assertThat(meeting.get("participants").get(1).get("key").asText()).isEqualTo("delegation-gb");
        assertThat(meeting.get("participants").get(1).get("delegation").asBoolean()).isTrue();
        JsonNode quote = line.get("quotes").get(0);
        assertThat(quote.get("text").asText()).isEqualTo("We were impressed");
        assertThat(quote.get("speaker").isNull()).isTrue();
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\\R")) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    private static JsonNode find(JsonNode quotes, String start) {
        for (JsonNode q : quotes) {
            if (q.get("text").asText().startsWith(start)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting " + start + " in " + quotes);
    }
}
