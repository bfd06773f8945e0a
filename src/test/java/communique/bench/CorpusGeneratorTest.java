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

class CorpusGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int COUNT = 300;

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesSameBytesAndAnotherSeedDifferentOnes() throws IOException {
        Path a = write(7, "a");
        Path b = write(7, "b");
        Path c = write(8, "c");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.readAllBytes(dir.resolve("a.truth.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.truth.jsonl")));
    }

    @Test
    void writesTheKeysTheJsonlReaderTakes() throws IOException {
        JsonNode first = MAPPER.readTree(Files.readAllLines(write(1, "keys")).get(0));
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "title", "date", "body", "url");
        assertThat(first.get("date").asText()).matches("20[0-2][0-9]-[01][0-9]-[0-3][0-9]");
    }

    @Test
    void articlesHaveNewsLengthAndOneToFiveOfficialsAndOneToSixCountries() throws IOException {
        List<String> articles = Files.readAllLines(write(3, "len"));
        List<String> truths = Files.readAllLines(dir.resolve("len.truth.jsonl"));
        assertThat(articles).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            JsonNode article = MAPPER.readTree(articles.get(i));
            JsonNode truth = MAPPER.readTree(truths.get(i));
            assertThat(truth.get("id").asText()).isEqualTo(article.get("id").asText());
            assertThat(ArticleComposer.wordCount(article.get("body").asText())).isBetween(300, 700);
            assertThat(truth.get("officials").size()).isBetween(1, 5);
            assertThat(truth.get("countries").size()).isBetween(1, 6);
        }
    }

    @Test
    void everyTrueOfficialAndCountryIsWrittenInTheText() throws IOException {
        List<String> articles = Files.readAllLines(write(4, "truth"));
        List<String> truths = Files.readAllLines(dir.resolve("truth.truth.jsonl"));
        for (int i = 0; i < COUNT; i++) {
            JsonNode article = MAPPER.readTree(articles.get(i));
            String text = article.get("title").asText() + "\n" + article.get("body").asText();
            JsonNode truth = MAPPER.readTree(truths.get(i));
            for (JsonNode official : truth.get("officials")) {
                assertThat(article.get("body").asText()).contains(official.get("name").asText());
                assertThat(truth.get("countries").toString()).contains('"' + official.get("country").asText() + '"');
            }
            for (JsonNode code : truth.get("countries")) {
                Countries.Country c = Countries.of(code.asText());
                assertThat(text).containsAnyOf(c.name().replaceFirst("^the ", ""), c.shortForm(), c.demonym(),
                        c.possessive().replaceFirst("^the ", ""));
            }
        }
    }

    @Test
    void noCountryIsWrittenThatIsNotInTheTruth() throws IOException {
        List<String> articles = Files.readAllLines(write(5, "extra"));
        List<String> truths = Files.readAllLines(dir.resolve("extra.truth.jsonl"));
        for (int i = 0; i < COUNT; i++) {
            JsonNode article = MAPPER.readTree(articles.get(i));
            String text = article.get("title").asText() + "\n" + article.get("body").asText();
            String codes = MAPPER.readTree(truths.get(i)).get("countries").toString();
            for (Countries.Country c : Countries.ALL) {
                if (!codes.contains('"' + c.code() + '"')) {
                    assertThat(text).as("%s in %s", c.code(), article.get("id").asText())
                            .doesNotContainPattern("\\b(" + java.util.regex.Pattern.quote(c.name().replace("the ", ""))
                                    + "|" + java.util.regex.Pattern.quote(c.demonym()) + ")\\b");
                }
            }
        }
    }

    private Path write(long seed, String name) throws IOException {
        Path corpus = dir.resolve(name + ".jsonl");
        new CorpusGenerator(seed).write(COUNT, corpus, dir.resolve(name + ".truth.jsonl"));
        return corpus;
    }
}
