package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disk-full, random IO exceptions and machine crashes (Lucene's MockDirectoryWrapper) during an index run: an
 * update either commits everything or leaves the previous commit exactly as it was; a first build either leaves no
 * index at all or the complete one, even when it starts over the leftovers of an earlier failed build; and a clean
 * re-run completes the work.
 */
class IndexerFaultsTest {

    private static final int ORIGINAL = 120;
    private static final int ADDED = 40;
    private static final int CHANGED = 30;

    @TempDir
    Path tmp;

    private Path articles;
    private Path indexPath;
    private Path pristine;
    private int failedRuns;

    @BeforeEach
    void indexTheOriginalCorpus() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        indexPath = tmp.resolve("index");
        for (int i = 0; i < ORIGINAL; i++) {
            write(i, "original");
        }
        new Indexer(indexPath, new EntityExtractor(), 2).index(List.of(articles), IndexProgress.NONE);
        pristine = tmp.resolve("pristine");
        copyDirectory(indexPath, pristine);
        for (int i = 0; i < CHANGED; i++) {
            write(i, "revised");
        }
        for (int i = ORIGINAL; i < ORIGINAL + ADDED; i++) {
            write(i, "new");
        }
    }

    @Test
    void randomIoExceptionsLeaveEitherTheOldOrTheNewCommit() throws Exception {
        for (int trial = 0; trial < 12; trial++) {
            double rate = 0.002 + trial * 0.004;
            long seed = 1000 + trial;
            runWithFaults(seed, mock -> mock.setRandomIOExceptionRate(rate));
            assertAllOrNothing("random IO exceptions at rate " + rate);
        }
        assertThat(failedRuns).as("faults were really injected").isPositive();
        assertCompletesOnCleanRerun();
    }

    @Test
    void aFullDiskLeavesEitherTheOldOrTheNewCommit() throws Exception {
        long used = directorySize(indexPath);
        for (long headroom : new long[] {0, 1_000, 10_000, 50_000, 200_000}) {
            runWithFaults(7, mock -> mock.setMaxSizeInBytes(used + headroom));
            assertAllOrNothing("disk full with " + headroom + " bytes of headroom");
        }
        assertThat(failedRuns).as("the disk really filled up").isPositive();
        assertCompletesOnCleanRerun();
    }

    @Test
    void randomIoExceptionsDuringAFirstBuildLeaveNoIndexOrTheCompleteOne() throws Exception {
        Path fresh = tmp.resolve("fresh");
        for (int trial = 0; trial < 12; trial++) {
            double rate = 0.002 + trial * 0.004;
            firstBuildWithFaults(fresh, 2000 + trial, mock -> {
                mock.setRandomIOExceptionRate(rate);
                mock.setRandomIOExceptionRateOnOpen(rate / 2);
            });
            assertNoIndexOrTheNewOne(fresh, "random IO exceptions at rate " + rate);
        }
        assertThat(failedRuns).as("faults were really injected").isPositive();
        assertCompletesOnCleanRerun(fresh);
    }

    @Test
    void aFullDiskDuringAFirstBuildLeavesNoIndexOrTheCompleteOne() throws Exception {
        Path fresh = tmp.resolve("fresh");
        new Indexer(fresh, new EntityExtractor(), 2).index(List.of(articles), IndexProgress.NONE);
        long complete = directorySize(fresh);
        int published = 0;
        // the last disk is ten times what the index needs: room for a failed build's leftovers and the full one
        for (double share : new double[] {0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 1.2, 10}) {
            long cap = Math.max(1, (long) (complete * share));
            firstBuildWithFaults(fresh, 11, mock -> mock.setMaxSizeInBytes(cap));
            assertNoIndexOrTheNewOne(fresh, "a disk of " + cap + " bytes (the complete index takes " + complete + ")");
            published += Files.exists(fresh) ? 1 : 0;
        }
        assertThat(failedRuns).as("the disk really filled up").isPositive();
        assertThat(published).as("a build with room enough was published despite the crash after it").isPositive();
        assertCompletesOnCleanRerun(fresh);
    }

    @Test
    void aMachineCrashAfterTheRunKeepsWhatWasCommitted() throws Exception {
        runWithFaults(3, mock -> { });
        assertThat(state()).isEqualTo(State.NEW);
    }

    /** Restores the original commit, then runs the indexer on a faulty view of the index. */
    private void runWithFaults(long seed, Consumer<MockDirectoryWrapper> faults) throws IOException {
        deleteDirectory(indexPath);
        copyDirectory(pristine, indexPath);
        try {
            new Indexer(indexPath, new EntityExtractor(), 2, faultyOpener(seed, faults))
                    .index(List.of(articles), IndexProgress.NONE);
        } catch (IndexWriteException expected) {
            failedRuns++;
            assertThat(expected).hasMessageContaining(indexPath.toString());
        }
    }

    /**
     * Runs a first build into {@code fresh} on a faulty view of its building directory. A published index from the
     * previous trial is removed first, but the leftovers of a failed build stay, as they would on a real machine.
     */
    private void firstBuildWithFaults(Path fresh, long seed, Consumer<MockDirectoryWrapper> faults) throws IOException {
        if (Files.isDirectory(fresh)) {
            deleteDirectory(fresh);
        }
        try {
            new Indexer(fresh, new EntityExtractor(), 2, faultyOpener(seed, faults))
                    .index(List.of(articles), IndexProgress.NONE);
        } catch (IndexWriteException expected) {
            failedRuns++;
            assertThat(expected).hasMessageContaining(fresh.toString());
        }
    }

    private void assertNoIndexOrTheNewOne(Path fresh, String what) throws IOException {
        if (!new IndexLocation(fresh).exists()) {
            assertThat(fresh).as("after " + what + ": nothing at the index path").doesNotExist();
            return;
        }
        try (Directory dir = FSDirectory.open(fresh); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).as("CheckIndex after " + what).isTrue();
        }
        assertThat(state(fresh)).as("after " + what).isEqualTo(State.NEW);
    }

    private void assertAllOrNothing(String what) throws IOException {
        try (Directory dir = FSDirectory.open(indexPath); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).as("CheckIndex after " + what).isTrue();
        }
        assertThat(state()).as("after " + what).isIn(State.OLD, State.NEW);
    }

    /** Opens a faulty view of the directory; on close, the view simulates a machine crash (unsynced data lost). */
    private static Indexer.DirectoryOpener faultyOpener(long seed, Consumer<MockDirectoryWrapper> faults) {
        return path -> {
            MockDirectoryWrapper mock = new MockDirectoryWrapper(new Random(seed), new NIOFSDirectory(path));
            mock.setCheckIndexOnClose(false);
            mock.setAssertNoUnrefencedFilesOnClose(false);
            faults.accept(mock);
            return new CrashingOnClose(mock);
        };
    }

    private void assertCompletesOnCleanRerun() throws Exception {
        assertCompletesOnCleanRerun(indexPath);
    }

    private void assertCompletesOnCleanRerun(Path index) throws Exception {
        IndexReport report = new Indexer(index, new EntityExtractor(), 2).index(List.of(articles), IndexProgress.NONE);
        assertThat(report.skippedSources()).isEmpty();
        assertThat(state(index)).isEqualTo(State.NEW);
    }

    private enum State { OLD, NEW, MIXED }

    /** Which version of the corpus the last commit holds, judged by its document count and the revised texts. */
    private State state() throws IOException {
        return state(indexPath);
    }

    private static State state(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            int revised = searcher.count(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(Fields.BODY, "revis")));
            if (reader.numDocs() == ORIGINAL && revised == 0) {
                return State.OLD;
            }
            if (reader.numDocs() == ORIGINAL + ADDED && revised == CHANGED) {
                return State.NEW;
            }
            return State.MIXED;
        }
    }

    private void write(int i, String version) throws IOException {
        Files.writeString(articles.resolve("a" + i + ".txt"),
                "Story " + i + " is the " + version + " text. Ministers met in Islamabad to discuss trade and visas.");
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    private static void deleteDirectory(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static long directorySize(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Closing simulates the machine going down: unsynced files are corrupted before the directory closes. */
    private static final class CrashingOnClose extends org.apache.lucene.store.FilterDirectory {
        private final MockDirectoryWrapper mock;

        CrashingOnClose(MockDirectoryWrapper mock) {
            super(mock);
            this.mock = mock;
        }

        @Override
        public void close() throws IOException {
            mock.crash();
            mock.close();
        }
    }
}
