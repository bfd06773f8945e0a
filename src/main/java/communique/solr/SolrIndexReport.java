package communique.solr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run against SolrCloud did, with the same summary line as the embedded indexer's
 * {@link communique.index.IndexReport} (scripts parse it either way). Thread-safe.
 */
public final class SolrIndexReport {

    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;
    private volatile boolean collectionCreated;

    void added() {
        added.incrementAndGet();
    }

    void updated() {
        updated.incrementAndGet();
    }

    void unchanged() {
        unchanged.incrementAndGet();
    }

    void deleted(long count) {
        deleted.addAndGet(count);
    }

    void skipped(String sourceAndReason) {
        skipped.add(sourceAndReason);
    }

    void collectionCreated() {
        collectionCreated = true;
    }

    void finish() {
        endNanos = System.nanoTime();
    }

    public long addedCount() {
        return added.get();
    }

    public long updatedCount() {
        return updated.get();
    }

    public long unchangedCount() {
        return unchanged.get();
    }

    public long deletedCount() {
        return deleted.get();
    }

    /** Whether this run created the collection (it did not exist). */
    public boolean createdCollection() {
        return collectionCreated;
    }

    /** Each skipped source with the reason, e.g. "notes/bad.txt: not valid UTF-8". */
    public List<String> skippedSources() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    public long articlesSeen() {
        return added.get() + updated.get() + unchanged.get();
    }

    public double seconds() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return Math.max(1e-9, (end - startNanos) / 1e9);
    }

    /** The run's last line, in the embedded indexer's fixed form. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "added=%d updated=%d unchanged=%d deleted=%d skipped=%d docs/s=%.1f",
                added.get(), updated.get(), unchanged.get(), deleted.get(), skipped.size(), articlesSeen() / seconds());
    }
}
