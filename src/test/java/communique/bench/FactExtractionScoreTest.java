package communique.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator writes meetings and quotes with their truth, and the fact extractor finds them at issue 13's bench
 * target (0.98) on a corpus of 2,000 articles.
 */
class FactExtractionScoreTest {

    private static final int COUNT = 2_000;

    @TempDir
    Path dir;

    @Test
    void generatedMeetingsAndQuotesAreFoundAtTheTarget() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Path truth = dir.resolve("truth.jsonl");
        new CorpusGenerator(11).write(COUNT, corpus, truth);

        FactExtractionScore.Result r = FactExtractionScore.measure(corpus, truth, COUNT);
        System.out.println(r.describe());

        assertThat(r.articles()).isEqualTo(COUNT);
        assertThat(r.pairsTrue()).as("the generator writes meetings").isGreaterThan(COUNT / 2);
        assertThat(r.quotesTrue()).as("and quotes").isGreaterThan(COUNT);
        assertThat(r.pairF1()).as(r.describe()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.quoteAccuracy()).as(r.describe()).isGreaterThanOrEqualTo(0.98);
        assertThat((double) r.attributesRight() / r.meetingsMatched()).as(r.describe()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyTrueQuoteIsExactlyInItsArticle() throws IOException {
        Path corpus = dir.resolve("small.jsonl");
        Path truth = dir.resolve("small.truth.jsonl");
        new CorpusGenerator(5).write(200, corpus, truth);
        ObjectMapper mapper = new ObjectMapper();
        List<String> articles = Files.readAllLines(corpus);
        List<String> truths = Files.readAllLines(truth);
        int quotes = 0;
        for (int i = 0; i < articles.size(); i++) {
            String body = mapper.readTree(articles.get(i)).get("body").asText();
            JsonNode events = mapper.readTree(truths.get(i)).get("events");
            for (JsonNode q : events.get("quotes")) {
                assertThat(body).contains(q.get("text").asText());
                quotes++;
            }
        }
        assertThat(quotes).isGreaterThan(100);
    }
}
