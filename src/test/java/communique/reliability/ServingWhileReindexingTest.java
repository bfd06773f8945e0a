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
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
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
 * files are added, changed and deleted between runs, and the backend refreshes about a thousand times. No search
 * fails, the always-matching query is never empty, and no file handle leaks.
 */
class ServingWhileReindexingTest {

    private static final int SEARCHERS = 8;
    private static final int TARGET_REFRESHES = 1_000;
    private static final int MIN_INDEX_RUNS = 20;
    private static final long MAX_MILLIS = 40_000;
    private static final int STABLE_FILES = 5;
    private static final int FD_SLACK = 20;

    @TempDir
    Path dir;

    @Test
    void searchesNeverFailOrComeBackEmptyWhileTheIndexIsRewritten() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path index = dir.resolve("index");
        for (int i = 0; i < STABLE_FILES; i++) {
            write(articles, "stable-" + i, 0);
        }
        Indexer indexer = new Indexer(index, new EntityExtractor(), 2);
        assertThat(indexer.index(List.of(articles), IndexProgress.NONE).skippedSources()).isEmpty();

        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        long fdsBefore;
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            assertThat(backend.search(SearchRequest.of("diplomacy")).total()).isEqualTo(STABLE_FILES);
            assertThat(backend.search(filtered()).total()).as("the extractor finds Pakistan in every article")
                    .isEqualTo(STABLE_FILES);
            fdsBefore = openFileDescriptors();
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + 2);
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < SEARCHERS; t++) {
                int thread = t;
                tasks.add(pool.submit(() -> search(backend, thread, stop, searches, errors)));
            }
            tasks.add(pool.submit(() -> reindex(indexer, articles, stop, runs, errors)));
            tasks.add(pool.submit(() -> refresh(backend, stop, refreshes, errors)));
            long deadline = System.currentTimeMillis() + MAX_MILLIS;
            while (System.currentTimeMillis() < deadline && errors.isEmpty()
                    && (refreshes.get() < TARGET_REFRESHES || runs.get() < MIN_INDEX_RUNS)) {
                Thread.sleep(50);
            }
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (Future<?> task : tasks) {
                task.get();
            }
            backend.refresh();
            assertThat(backend.search(SearchRequest.of("diplomacy")).total()).isGreaterThanOrEqualTo(STABLE_FILES);
        }
        assertThat(errors).isEmpty();
        assertThat(refreshes.get()).as("refreshes").isGreaterThanOrEqualTo(TARGET_REFRESHES);
        assertThat(runs.get()).as("indexer runs").isGreaterThanOrEqualTo(MIN_INDEX_RUNS);
        assertThat(searches.get()).as("searches").isGreaterThan(1_000);
        assertThat(openFileDescriptors()).as("open file descriptors (before: %d)", fdsBefore)
                .isLessThanOrEqualTo(fdsBefore + FD_SLACK);
    }

    private static SearchRequest filtered() {
        return new SearchRequest("diplomacy", List.of(), List.of("PK"), List.of(), null, null, SortOrder.DATE, 1);
    }

    private static void search(LuceneSearchBackend backend, int thread, AtomicBoolean stop, AtomicInteger searches,
                               Queue<Throwable> errors) {
        try {
            int i = 0;
            while (!stop.get() && errors.isEmpty()) {
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

    private static void reindex(Indexer indexer, Path articles, AtomicBoolean stop, AtomicInteger runs,
                                Queue<Throwable> errors) {
        Random random = new Random(7);
        try {
            while (!stop.get() && errors.isEmpty()) {
                int run = runs.get() + 1;
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
                runs.incrementAndGet();
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static void refresh(LuceneSearchBackend backend, AtomicBoolean stop, AtomicInteger refreshes,
                                Queue<Throwable> errors) {
        try {
            while (!stop.get() && errors.isEmpty()) {
                backend.refresh();
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

    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
