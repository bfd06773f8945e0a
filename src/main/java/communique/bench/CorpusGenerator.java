package communique.bench;

import communique.bench.NamePool.Person;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus as JSON Lines ({@code id, title, date, body, url}, the keys the jsonl reader takes) and
 * a sidecar truth file ({@code id, officials, countries}), one article at a time: a million articles are never in
 * memory. The same seed gives the same bytes.
 */
final class CorpusGenerator {

    /** Bump when the generated text changes: a corpus on disk from another version is then not reused. */
    static final int VERSION = 3;

    private static final JsonFactory JSON = new JsonFactory();

    private final ArticleComposer composer = new ArticleComposer(NamePool.standard(), Vocabulary.standard());
    private final long seed;

    CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes {@code count} articles to {@code corpus} and their entities to {@code truth}. */
    void write(int count, Path corpus, Path truth) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("article count must be at least 1, was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream corpusOut = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16);
             OutputStream truthOut = new BufferedOutputStream(Files.newOutputStream(truth), 1 << 16);
             JsonGenerator articles = JSON.createGenerator(corpusOut, JsonEncoding.UTF8);
             JsonGenerator truths = JSON.createGenerator(truthOut, JsonEncoding.UTF8)) {
            articles.setRootValueSeparator(null);
            truths.setRootValueSeparator(null);
            for (int i = 0; i < count; i++) {
                GeneratedArticle article = composer.compose(id(i), random);
                writeArticle(articles, article);
                writeTruth(truths, article);
            }
        }
    }

    /** Ids carry the seed so corpora of different seeds never collide in one index. */
    String id(int index) {
        return String.format(java.util.Locale.ROOT, "syn-%d-%07d", seed, index);
    }

    private static void writeArticle(JsonGenerator out, GeneratedArticle a) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", a.id());
        out.writeStringField("title", a.title());
        out.writeStringField("date", a.date().toString());
        out.writeStringField("body", a.body());
        out.writeStringField("url", a.url());
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private static void writeTruth(JsonGenerator out, GeneratedArticle a) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", a.id());
        out.writeArrayFieldStart("officials");
        for (Person p : a.officials()) {
            out.writeStartObject();
            out.writeStringField("name", p.fullName());
            out.writeStringField("role", p.role().title());
            out.writeStringField("country", p.country());
            out.writeStringField("key", p.key());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("countries");
        for (String code : a.countries()) {
            out.writeString(code);
        }
        out.writeEndArray();
        a.events().write(out);
        out.writeEndObject();
        out.writeRaw('\n');
    }
}
