package communique.article;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary bytes to the article readers as txt, html and jsonl files. Whatever the input, a reader either
 * yields well-formed articles or rejects the file with an {@link ArticleReadException} naming it; it never throws
 * anything else and never hangs. Replays src/test/resources/communique/article/ArticleReaderFuzzTestInputs in a
 * normal run; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class ArticleReaderFuzzTest {

    private static final String[] KINDS = {".txt", ".html", ".jsonl"};

    @TempDir
    static Path tmp;

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesWithoutCrashing(FuzzedDataProvider data) throws IOException {
        String kind = KINDS[data.consumeInt(0, KINDS.length - 1)];
        Path file = Files.createTempFile(tmp, "fuzz", kind);
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            ArticleFiles.read(file, new ArticleSink() {
                @Override
                public void accept(Article article, String rawHash) {
                    assertThat(article.id()).isNotBlank();
                    assertThat(article.body()).doesNotContain("\u0000");
                    assertThat(rawHash).isNotBlank();
                }

                @Override
                public void skipped(ArticleReadException problem) {
                    assertThat(problem.source()).contains(file.getFileName().toString());
                }
            });
        } catch (ArticleReadException rejected) {
            assertThat(rejected.getMessage()).contains(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
