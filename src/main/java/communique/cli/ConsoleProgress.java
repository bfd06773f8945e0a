package communique.cli;

import communique.index.IndexProgress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: a redrawn bar on a terminal, and a plain log line every few seconds otherwise (CI logs and
 * pipes should not fill with carriage returns). The same while the folders are listed, before the first file is
 * read, so a walk of a huge tree is never silent.
 */
final class ConsoleProgress implements IndexProgress {

    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastOutput;
    private boolean listingOnScreen;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ConsoleProgress forThisProcess() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public void listing(long entriesSeen, long articleFiles) {
        long now = System.nanoTime();
        String line = String.format(Locale.ROOT, "listing: %,d files and folders looked at, %,d article files",
                entriesSeen, articleFiles);
        if (terminal && now - lastOutput > 100_000_000L) {
            err.print("\r" + line);
            listingOnScreen = true;
            lastOutput = now;
        } else if (!terminal && now - lastOutput > LOG_EVERY_NANOS) {
            err.println(line);
            lastOutput = now;
        }
    }

    @Override
    public void update(long filesDone, long filesTotal, long articles) {
        long now = System.nanoTime();
        if (listingOnScreen) {
            err.print("\n");
            listingOnScreen = false;
        }
        boolean last = filesDone == filesTotal;
        if (terminal) {
            if (last || now - lastOutput > 100_000_000L) {
                err.print("\r" + bar(filesDone, filesTotal) + String.format(Locale.ROOT, " %d/%d files, %d articles",
                        filesDone, filesTotal, articles) + (last ? "\n" : ""));
                lastOutput = now;
            }
        } else if (last || now - lastOutput > LOG_EVERY_NANOS) {
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            err.printf(Locale.ROOT, "indexing: %d/%d files, %d articles, %.0f articles/s%n",
                    filesDone, filesTotal, articles, articles / seconds);
            lastOutput = now;
        }
    }

    private static String bar(long done, long total) {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "]";
    }
}
