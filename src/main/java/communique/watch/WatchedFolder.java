package communique.watch;

import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps an index up to date with one folder: indexes it whole, then, batch by batch, the files that appeared,
 * changed or vanished, each batch one commit ({@link Indexer#update}), so a kill at any moment leaves the last
 * batch's commit. Events ({@link FolderEvents}) make a change show within about a second; a rescan every so often
 * ({@link FolderSnapshot}) catches what events miss. A batch whose commit fails (another indexer holds the index)
 * is kept and tried again. Runs on the calling thread until {@link #stop} or an interrupt.
 */
public final class WatchedFolder {

    /** Told what each run did. Called on the watching thread. */
    public interface Listener {
        /** The first run over the whole folder ({@code batch} false), or one batch of changes, was committed. */
        void indexed(IndexReport report, boolean batch);

        /** A batch could not be committed; it is tried again after {@code retryIn}. */
        void failed(String message, Duration retryIn);
    }

    /** A file being written sends events for a while: wait for this much quiet before indexing it. */
    static final long QUIET_MILLIS = 300;
    /** ...but a folder that never rests is indexed at least this often. */
    static final long MAX_COLLECT_MILLIS = 2_000;
    /** The longest wait for events, so that {@link #stop} is noticed soon. */
    private static final long POLL_MILLIS = 250;
    /** Files per commit: small batches show changes soon and keep a re-run after a crash short. */
    static final int MAX_BATCH = 500;
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Indexer indexer;
    private final Path root;
    private final Duration rescanEvery;
    private final Listener listener;
    private volatile boolean stopped;

    public WatchedFolder(Indexer indexer, Path root, Duration rescanEvery, Listener listener) {
        if (rescanEvery.isNegative() || rescanEvery.isZero()) {
            throw new IllegalArgumentException("the rescan interval must be positive, was " + rescanEvery);
        }
        this.indexer = indexer;
        this.root = root.toAbsolutePath().normalize();
        this.rescanEvery = rescanEvery;
        this.listener = listener;
    }

    /**
     * Indexes the folder, then follows its changes until stopped.
     *
     * @throws IndexWriteException when even the first run cannot write the index
     * @throws IOException         when the folder cannot be watched at all
     */
    public void run(IndexProgress firstRunProgress) throws IndexWriteException, IOException, InterruptedException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a directory");
        }
        try (FolderEvents events = new FolderEvents(root)) {
            FolderSnapshot snapshot = FolderSnapshot.take(root);
            listener.indexed(indexer.index(List.of(root), firstRunProgress), false);
            Set<Path> touched = new TreeSet<>();
            long nextRescan = System.nanoTime() + rescanEvery.toNanos();
            while (!stopped && !Thread.currentThread().isInterrupted()) {
                events.collect(touched, POLL_MILLIS, QUIET_MILLIS, MAX_COLLECT_MILLIS);
                if (events.takeOverflow() || System.nanoTime() >= nextRescan) {
                    touched.addAll(snapshot.changesSince());
                    nextRescan = System.nanoTime() + rescanEvery.toNanos();
                }
                if (!touched.isEmpty()) {
                    List<Path> batch = take(touched);
                    snapshot.refreshAll(batch);
                    if (!indexBatch(batch)) {
                        touched.addAll(batch);
                        Thread.sleep(RETRY.toMillis());
                    }
                }
            }
        }
    }

    /** Ends {@link #run} after the batch in progress is committed. Thread-safe. */
    public void stop() {
        stopped = true;
    }

    /** Indexes one batch: paths that exist are read, the others' articles deleted. False when the commit failed. */
    private boolean indexBatch(List<Path> batch) {
        List<Path> present = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        for (Path path : batch) {
            (Files.exists(path) ? present : gone).add(path);
        }
        try {
            listener.indexed(indexer.update(present, gone, IndexProgress.NONE), true);
            return true;
        } catch (IndexWriteException e) {
            listener.failed(e.getMessage(), RETRY);
            return false;
        }
    }

    private static List<Path> take(Set<Path> touched) {
        List<Path> batch = new ArrayList<>();
        for (Iterator<Path> it = touched.iterator(); it.hasNext() && batch.size() < MAX_BATCH; ) {
            batch.add(it.next());
            it.remove();
        }
        return batch;
    }
}
