package communique.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one index run did: counts for the summary line and the files (or jsonl lines) it had to skip. Recorded by
 * whichever indexer runs (embedded, or SolrCloud's, which extends it), so both print the same line. Thread-safe.
 */
public class IndexReport {

    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;

    public void added() {
        added.incrementAndGet();
    }

    public void updated() {
        updated.incrementAndGet();
    }

    public void unchanged() {
        unchanged.incrementAndGet();
    }

    public void deleted(long count) {
        deleted.addAndGet(count);
    }

    public void skipped(String sourceAndReason) {
        skipped.add(sourceAndReason);
    }

    public void finish() {
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

    /** Each skipped source with the reason, e.g. "notes/bad.txt: not valid UTF-8". */
    public List<String> skippedSources() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    /** Articles read in this run (written or found unchanged). */
    public long articlesSeen() {
        return added.get() + updated.get() + unchanged.get();
    }

    public double seconds() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return Math.max(1e-9, (end - startNanos) / 1e9);
    }

    /** Articles processed per second over the whole run, commit included. */
    public double docsPerSecond() {
        return articlesSeen() / seconds();
    }

    /** The run's last line, in the fixed form scripts parse. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "added=%d updated=%d unchanged=%d deleted=%d skipped=%d docs/s=%.1f",
                added.get(), updated.get(), unchanged.get(), deleted.get(), skipped.size(), docsPerSecond());
    }
}
