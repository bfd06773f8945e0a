package communique.bench;

import communique.article.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads back what {@link CorpusGenerator} wrote, one line at a time: articles for the baseline, truths for scoring. */
final class CorpusFiles {

    /** The true entities of one article, as the truth file holds them. */
    record Truth(String id, List<String> officialKeys, List<String> countries) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusFiles() {
    }

    /** Streams the articles of a corpus file, stopping after {@code limit}. */
    static void readArticles(Path corpus, long limit, Consumer<Article> sink) throws IOException {
        readLines(corpus, limit, (node, line) -> sink.accept(new Article(node.get("id").asText(),
                node.get("title").asText(), node.get("body").asText(), LocalDate.parse(node.get("date").asText()),
                null, corpus + "#" + line, node.get("url").asText())));
    }

    /** Streams the truths of a truth file, stopping after {@code limit}. */
    static void readTruths(Path truth, long limit, Consumer<Truth> sink) throws IOException {
        readLines(truth, limit, (node, line) -> {
            List<String> keys = new ArrayList<>();
            node.get("officials").forEach(o -> keys.add(o.get("key").asText()));
            List<String> countries = new ArrayList<>();
            node.get("countries").forEach(c -> countries.add(c.asText()));
            sink.accept(new Truth(node.get("id").asText(), keys, countries));
        });
    }

    private interface LineHandler {
        void handle(JsonNode node, long line);
    }

    private static void readLines(Path file, long limit, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null && line < limit; text = in.readLine()) {
                line++;
                try {
                    handler.handle(MAPPER.readTree(text), line);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + "#" + line + ": not a corpus line", e);
                }
            }
        }
    }
}
