package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the indexer process with SIGKILL at random moments of a run over a few thousand articles, first while it
 * builds a new index, then while it updates one. Every time the index must open, pass CheckIndex, and hold exactly
 * the previous commit or the complete new one; a re-run then completes the work.
 */
class IndexerKillTest {

    private static final int TRIALS = 20;
    private static final int INITIAL = 2_500;
    private static final int ADDED_PER_TRIAL = 25;
    private static final int CHANGED_PER_TRIAL = 60;

    @TempDir
    Path tmp;

    @Test
    void killMinusNineAtRandomPointsNeverDamagesTheIndex() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Path indexPath = tmp.resolve("index");
        Random random = new Random(20261123);
        for (int i = 0; i < INITIAL; i++) {
            write(articles, i, "original");
        }
        int committed = 0;
        int killedBeforeCommit = 0;
        int total = INITIAL;
        for (int trial = 0; trial < TRIALS; trial++) {
            String marker = "marker" + trial;
            if (trial > 0) {
                for (int k = 0; k < CHANGED_PER_TRIAL; k++) {
                    write(articles, random.nextInt(total), marker);
                }
                for (int k = 0; k < ADDED_PER_TRIAL; k++) {
                    write(articles, total++, marker);
                }
            }
            boolean finished = runAndKill(articles, indexPath, 300 + random.nextInt(2_500));
            Snapshot after = Snapshot.of(indexPath, marker);
            if (trial == 0) {
                assertThat(after.docs()).as("first build: no index or the complete one").isIn(-1, INITIAL);
            } else {
                int expectedMarked = CHANGED_PER_TRIAL + ADDED_PER_TRIAL;
                boolean old = after.docs() == committed && after.marked() == 0;
                boolean whole = after.docs() == total && after.marked() >= ADDED_PER_TRIAL && after.marked() <= expectedMarked;
                assertThat(old || whole).as("trial %d: docs=%d marked=%d, previous commit had %d, full run has %d",
                        trial, after.docs(), after.marked(), committed, total).isTrue();
            }
            if (!finished && after.docs() != total) {
                killedBeforeCommit++;
            }
            new Indexer(indexPath, new EntityExtractor(), 2).index(List.of(articles), IndexProgress.NONE);
            Snapshot rerun = Snapshot.of(indexPath, marker);
            assertThat(rerun.docs()).as("re-run completes trial %d", trial).isEqualTo(total);
            committed = total;
        }
        assertThat(killedBeforeCommit).as("some kills landed before the commit").isPositive();
    }

    /** Starts {@code communique index} in its own JVM and kills it after the delay; true when it ended by itself. */
    private static boolean runAndKill(Path articles, Path index, long delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "communique.cli.Main", "index", "--index", index.toString(), articles.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean finished = process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return finished;
    }

    private static void write(Path articles, int i, String version) throws IOException {
        Files.writeString(articles.resolve(String.format("story-%05d.txt", i)),
                ("Story " + i + " carries the " + version + " wording. The foreign minister met the visiting envoy "
                        + "to discuss trade, visas, energy and security cooperation between the two countries. ").repeat(6));
    }

    /** The committed index as a reader sees it: document count (-1 when there is no index) and marked documents. */
    private record Snapshot(int docs, int marked) {

        static Snapshot of(Path indexPath, String marker) throws IOException {
            if (!new IndexLocation(indexPath).exists()) {
                return new Snapshot(-1, 0);
            }
            try (Directory dir = FSDirectory.open(indexPath)) {
                try (CheckIndex check = new CheckIndex(dir)) {
                    assertThat(check.checkIndex().clean).as("CheckIndex is clean").isTrue();
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    int marked = new IndexSearcher(reader).count(new TermQuery(new Term(Fields.BODY, marker)));
                    return new Snapshot(reader.numDocs(), marked);
                }
            }
        }
    }
}
