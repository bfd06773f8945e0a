package communique.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole index command on the five seed articles in a temporary directory, run after run. */
class IndexCommandEndToEndTest {

    private static final Path SEEDS = Path.of("index-data", "articles");

    @TempDir
    Path tmp;

    private Path articles;
    private Path index;

    @BeforeEach
    void copySeeds() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        index = tmp.resolve("index");
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
    }

    @Test
    void indexesIncrementallyAcrossRuns() throws IOException {
        CliRun first = index();
        assertThat(first.exitCode()).isZero();
        assertThat(first.lastLine()).matches("added=5 updated=0 unchanged=0 deleted=0 skipped=0 docs/s=[0-9.]+");
        assertThat(docCount()).isEqualTo(5);

        long generation = commitGeneration();
        CliRun second = index();
        assertThat(second.lastLine()).startsWith("added=0 updated=0 unchanged=5 deleted=0 skipped=0 ");
        assertThat(commitGeneration()).as("nothing rewritten, no new commit").isEqualTo(generation);

        Files.writeString(articles.resolve("001_514842500035c35e.txt"), "\nA late correction was added.",
                StandardOpenOption.APPEND);
        assertThat(index().lastLine()).startsWith("added=0 updated=1 unchanged=4 deleted=0 skipped=0 ");

        Files.delete(articles.resolve("003_261cfe53149ba554.txt"));
        assertThat(index().lastLine()).startsWith("added=0 updated=0 unchanged=4 deleted=1 skipped=0 ");
        assertThat(docCount()).isEqualTo(4);
    }

    @Test
    void searchesTheIndexedSeedsButNeverTheirFurniture() throws IOException {
        assertThat(index().exitCode()).isZero();

        JsonNode gaza = searchJson("Gaza");
        assertThat(gaza.get("total").asInt()).as("Gaza occurs only in seed 000's sidebar").isZero();

        JsonNode janjua = searchJson("Janjua");
        assertThat(janjua.get("total").asInt()).isEqualTo(1);
        assertThat(janjua.get("hits").get(0).get("id").asText()).isEqualTo("000_e5b1698ca445e388");
        assertThat(janjua.get("hits").get(0).get("officials").get(0).get("name").asText()).isEqualTo("Nasser Janjua");
    }

    @Test
    void skipsABinaryFileNamesItAndKeepsTheRest() throws IOException {
        assertThat(index().exitCode()).isZero();
        Path binary = articles.resolve("scan.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3});

        CliRun run = index();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.lastLine()).startsWith("added=0 updated=0 unchanged=5 deleted=0 skipped=1 ");
        assertThat(run.err()).contains("scan.txt");
        assertThat(docCount()).isEqualTo(5);
        assertThat(checkIndexIsClean()).isTrue();
    }

    @Test
    void failsWithExitOneWhenTheIndexPathIsSomeoneElsesFile() throws IOException {
        Files.writeString(index, "not an index");
        CliRun run = index();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(index.toString());
    }

    private JsonNode searchJson(String query) throws IOException {
        CliRun run = CliRun.of("search", "--index", index.toString(), "--json", query);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private CliRun index() {
        return CliRun.of("index", "--index", index.toString(), articles.toString());
    }

    private int docCount() throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    private long commitGeneration() throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getGeneration();
        }
    }

    private boolean checkIndexIsClean() throws IOException {
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            return check.checkIndex().clean;
        }
    }
}
