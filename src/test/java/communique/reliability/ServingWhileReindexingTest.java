package communique.reliability;

import communique.extract.EntityExtractor;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.Indexer;
import communique.search.LuceneSearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded backend keeps answering while the real indexer rewrites its index: 8 threads search (a word every
 * article carries, with and without facet filters) while the indexer runs again and again over a folder whose
 * files are added, changed and deleted between runs, and the backend refreshes at least a thousand times. After
 * each run the indexer waits until a searcher has searched its commit, so the searchers really see every new index
 * version. No search fails, the always-matching query is never empty, and after the last refresh neither file
 * descriptors nor memory maps of deleted index files have piled up. There is no deadline but the test's timeout:
 * on a slow machine it simply takes longer.
 */
class ServingWhileReindexingTest {

    private static final int SEARCHERS = 8;
    private static final int TARGET_REFRESHES = 1_000;
    private static final int MIN_INDEX_RUNS = 20;
    private static final int STABLE_FILES = 5;
    private static final int FD_SLACK = 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void searchesNeverFailOrComeBackEmptyWhileTheIndexIsRewritten() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path index = dir.resolve("index");
        for (int i = 0; i < STABLE_FILES; i++) {
            write(articles, "stable-" + i, 0);
        }
        Indexer indexer = new Indexer(index, new EntityExtractor(), 2);
        assertThat(indexer.index(List.of(articles), IndexProgress.NONE).skippedSources()).isEmpty();

        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Set<Long> versionsSearched = ConcurrentHashMap.newKeySet();
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicInteger newVersionsPickedUp = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        long fdsBefore;
        long fdsAfter;
        long indexFilesMapped;
        long deletedFilesStillMapped;
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            assertThat(backend.search(SearchRequest.of("diplomacy")).total()).isEqualTo(STABLE_FILES);
            assertThat(backend.search(filtered()).total()).as("the extractor finds Pakistan in every article")
                    .isEqualTo(STABLE_FILES);
            fdsBefore = openFileDescriptors();
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 2);
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < SEARCHERS; t++) {
                int thread = t;
                tasks.add(pool.submit(() -> search(backend, thread, stop, searches, versionsSearched, errors)));
            }
            while (versionsSearched.isEmpty() && errors.isEmpty()) {
                Thread.sleep(1);
            }
            tasks.add(pool.submit(() -> reindex(indexer, articles, stop, runs, versionsSearched, errors)));
            tasks.add(pool.submit(() -> refresh(backend, stop, refreshes, newVersionsPickedUp, errors)));
            while (errors.isEmpty() && (refreshes.get() < TARGET_REFRESHES || runs.get() < MIN_INDEX_RUNS)) {
                Thread.sleep(50);
            }
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            for (Future<?> task : tasks) {
                task.get();
            }
            backend.refresh();
            assertThat(backend.search(SearchRequest.of("diplomacy")).total()).isGreaterThanOrEqualTo(STABLE_FILES);
            fdsAfter = openFileDescriptors();
            indexFilesMapped = indexFilesMapped(index, false);
            deletedFilesStillMapped = indexFilesMapped(index, true);
        }
        System.out.printf("runs=%d refreshes=%d new versions picked up=%d versions searched=%d searches=%d "
                        + "fds %d -> %d%n", runs.get(), refreshes.get(), newVersionsPickedUp.get(), versionsSearched.size(),
                searches.get(), fdsBefore, fdsAfter);
        assertThat(errors).isEmpty();
        assertThat(refreshes.get()).as("refreshes").isGreaterThanOrEqualTo(TARGET_REFRESHES);
        assertThat(runs.get()).as("indexer runs").isGreaterThanOrEqualTo(MIN_INDEX_RUNS);
        assertThat(versionsSearched).as("index versions the searchers searched: the first and one per run")
                .hasSizeGreaterThanOrEqualTo(runs.get() + 1);
        assertThat(newVersionsPickedUp.get()).as("refreshes that picked up a new commit")
                .isGreaterThanOrEqualTo(runs.get());
        assertThat(searches.get()).as("searches").isGreaterThan(1_000);
        assertThat(fdsAfter).as("open file descriptors after the last refresh (before: %d)", fdsBefore)
                .isLessThanOrEqualTo(fdsBefore + FD_SLACK);
        assertThat(indexFilesMapped).as("index files mapped by the open searcher (the check sees them)").isPositive();
        assertThat(deletedFilesStillMapped).as("deleted index files still memory-mapped after the last refresh")
                .isZero();
    }

    private static SearchRequest filtered() {
        return new SearchRequest("diplomacy", List.of(), List.of("PK"), List.of(), null, null, SortOrder.DATE, 1);
    }

    private static void search(LuceneSearchBackend backend, int thread, AtomicBoolean stop, AtomicInteger searches,
                               Set<Long> versionsSearched, Queue<Throwable> errors) {
        try {
            int i = 0;
            while (!stop.get() && errors.isEmpty()) {
                versionsSearched.add(backend.health().version());
                SearchRequest request = (i++ + thread) % 2 == 0 ? SearchRequest.of("diplomacy") : filtered();
                SearchResult result = backend.search(request);
                if (result.total() < STABLE_FILES || result.hits().isEmpty()) {
                    throw new AssertionError("only " + result.total() + " hits for " + request);
                }
                if (i % 16 == 0) {
                    backend.article(result.hits().get(0).id(), "diplomacy");
                    backend.official("mohsin-naqvi");
                    backend.country("PK");
                }
                searches.incrementAndGet();
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    /**
     * Runs the indexer over a changing folder; after each run waits until some searcher has searched a newer version
     * than any before it (every run commits, for each adds a file, and versions only grow), so no commit goes by
     * unsearched; a run stopped before that is not counted. The searchers have searched the first version before this
     * starts.
     */
    private static void reindex(Indexer indexer, Path articles, AtomicBoolean stop, AtomicInteger runs,
                                Set<Long> versionsSearched, Queue<Throwable> errors) {
        Random random = new Random(7);
        try {
            while (!stop.get() && errors.isEmpty()) {
                int run = runs.get() + 1;
                long newestSearched = Collections.max(versionsSearched);
                write(articles, "added-" + run, run);
                write(articles, "stable-" + random.nextInt(STABLE_FILES), run);
                try (Stream<Path> files = Files.list(articles)) {
                    List<Path> added = files.filter(f -> f.getFileName().toString().startsWith("added-")).toList();
                    if (added.size() > 3) {
                        Files.delete(added.get(random.nextInt(added.size())));
                    }
                }
                IndexReport report = indexer.index(List.of(articles), IndexProgress.NONE);
                if (!report.skippedSources().isEmpty()) {
                    throw new AssertionError("run " + run + " skipped " + report.skippedSources());
                }
                while (Collections.max(versionsSearched) == newestSearched) {
                    if (stop.get() || !errors.isEmpty()) {
                        return;
                    }
                    Thread.sleep(1);
                }
                runs.incrementAndGet();
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static void refresh(LuceneSearchBackend backend, AtomicBoolean stop, AtomicInteger refreshes,
                                AtomicInteger newVersionsPickedUp, Queue<Throwable> errors) {
        try {
            while (!stop.get() && errors.isEmpty()) {
                long before = backend.health().version();
                backend.refresh();
                if (backend.health().version() != before) {
                    newVersionsPickedUp.incrementAndGet();
                }
                refreshes.incrementAndGet();
                Thread.sleep(2);
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static void write(Path folder, String name, int version) throws IOException {
        Files.writeString(folder.resolve(name + ".txt"), "Talks on diplomacy in Islamabad, version " + version + "\n\n"
                + "ISLAMABAD: Interior Minister Mohsin Naqvi met the British High Commissioner to discuss diplomacy "
                + "and cooperation between Pakistan and the United Kingdom (" + name + ", revision " + version + ").\n");
    }

    /**
     * Distinct files under the index that this process has memory-mapped (Lucene's MMapDirectory reads through maps,
     * not descriptors); with {@code deleted}, only those already deleted: what a reader never closed keeps alive.
     */
    private static long indexFilesMapped(Path index, boolean deleted) throws IOException {
        String prefix = index.toAbsolutePath().normalize() + "/";
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            return maps.filter(line -> line.contains(prefix) && (!deleted || line.endsWith("(deleted)")))
                    .map(line -> line.substring(line.indexOf(prefix))).distinct().count();
        }
    }

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
