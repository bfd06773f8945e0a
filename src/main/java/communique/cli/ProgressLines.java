package communique.cli;

import communique.index.IndexReport;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as plain lines: the first report, then one every few seconds, and one at the end of each run; for logs,
 * pipes and CI.
 */
final class ProgressLines implements ConsoleProgress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private long start;
    private long lastListing;
    private long lastIndexing;
    private boolean running;
    private long files;

    ProgressLines(PrintStream err) {
        this.err = err;
    }

    @Override
    public void listing(long entriesSeen, long articleFiles) {
        begin();
        if (due(lastListing)) {
            lastListing = System.nanoTime();
            err.printf(Locale.ROOT, "listing: %,d files and folders looked at, %,d article files%n", entriesSeen,
                    articleFiles);
        }
    }

    @Override
    public void update(long filesDone, long filesTotal, long articles) {
        begin();
        files = filesTotal;
        if (filesDone < filesTotal && due(lastIndexing)) {
            lastIndexing = System.nanoTime();
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            err.printf(Locale.ROOT, "indexing: %,d/%,d files, %,d articles read, %.0f articles/s%n", filesDone,
                    filesTotal, articles, articles / seconds);
        }
    }

    @Override
    public void finish(IndexReport report) {
        err.printf(Locale.ROOT, "indexed: %,d/%,d files, %,d articles (%,d added, %,d updated, %,d unchanged), "
                        + "%,d skipped, %.1f articles/s%n", files, files, report.articlesSeen(), report.addedCount(),
                report.updatedCount(), report.unchangedCount(), report.skippedSources().size(), report.docsPerSecond());
        err.flush();
        running = false;
        files = 0;
    }

    /** A run starts with its first report (watch mode runs many; each is timed from its own start). */
    private void begin() {
        if (!running) {
            running = true;
            start = System.nanoTime();
            lastListing = start - EVERY_NANOS; // the first report of each kind gets its line: the run has begun
            lastIndexing = lastListing;
        }
    }

    private static boolean due(long last) {
        return System.nanoTime() - last >= EVERY_NANOS;
    }
}
