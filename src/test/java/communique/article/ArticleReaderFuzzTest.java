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
 * anything else and never hangs.
 *
 * <p>A normal {@code mvn test} replays every file in
 * {@code src/test/resources/communique/article/ArticleReaderFuzzTestInputs/readsAnyBytesWithoutCrashing}: the
 * hand-written {@code *-seed} inputs and the {@code found-*} inputs kept from a fuzzing session (a greedy cover of
 * the coverage its corpus reached, at most 40 files under 4 KB). To fuzz for the five minutes of
 * {@code maxDuration} (one fuzz test per JVM):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ArticleReaderFuzzTest \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_len=4096 \
 *     '-Djazzer.instrumentation_includes=communique.**:org.jsoup.**:com.fasterxml.jackson.core.**'
 * </pre>
 * {@code jazzer.internal.arg.N} are libFuzzer flags (arg.0 stands for the program name); the includes let coverage
 * guide the fuzzer through jsoup and Jackson too, not only through our classes. Jazzer keeps what it generates in
 * {@code .cifuzz-corpus/} (git-ignored) and writes a crashing input into the inputs directory above, where every
 * later run replays it.
 */
class ArticleReaderFuzzTest {

    private static final String[] KINDS = {".txt", ".html", ".jsonl"};

    @TempDir
    static Path tmp;

    @FuzzTest(maxDuration = "5m")
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
