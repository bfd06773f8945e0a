package communique.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands that only read never write: {@code search} and {@code serve} given an index directory that does not
 * exist fail with a message saying what to do, and leave no directory behind (Lucene's FSDirectory.open would have
 * created it). {@code serve} checks {@code --public-url} before anything else.
 */
class ReadOnlyCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void searchWithAMissingIndexFailsAndCreatesNothing() throws Exception {
        Path missing = tmp.resolve("no-such-index");

        CliRun run = CliRun.of("search", "--index", missing.toString(), "pakistan");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read the index at " + missing, "communique index");
        assertThat(missing).doesNotExist();
        assertThat(listing(tmp)).isEmpty();
    }

    @Test
    void searchWithAMissingIndexInsideAMissingFolderCreatesNeither() throws Exception {
        Path missing = tmp.resolve("a").resolve("b").resolve("index");

        CliRun run = CliRun.of("search", "--json", "--index", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(tmp.resolve("a")).doesNotExist();
    }

    @Test
    void searchOnAnEmptyDirectorySaysThereIsNoIndexAndWritesNothingIntoIt() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        CliRun run = CliRun.of("search", "--index", empty.toString(), "pakistan");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read the index at " + empty);
        assertThat(listing(empty)).isEmpty();
    }

    @Test
    @Timeout(60)
    void serveWithANamedIndexThatDoesNotExistFailsClearly() throws Exception {
        Path missing = tmp.resolve("typo-index");

        CliRun run = CliRun.of("serve", "--port", "0", "--index", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no index at " + missing, "communique index --index");
        assertThat(run.out()).doesNotContain("indexing");
        assertThat(listing(tmp)).isEmpty();
    }

    @Test
    @Timeout(60)
    void serveRefusesAPublicUrlThatIsNotAWebAddress() {
        CliRun run = CliRun.of("serve", "--port", "0", "--public-url", "news.example.org", "--index",
                tmp.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--public-url must be an http:// or https:// address");
    }

    private static java.util.List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }
}
