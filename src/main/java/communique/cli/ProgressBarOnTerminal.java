package communique.cli;

import communique.index.IndexReport;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A progress bar of files (me.tongfei:progressbar: percentage, bar, files done of all, elapsed time and ETA, redrawn
 * in place), the articles read so far beside it, and the listing of the folders counted on the same line before it
 * starts. One bar per run; watch mode draws one for each batch.
 */
final class ProgressBarOnTerminal implements ConsoleProgress {

    private static final int REDRAW_MILLIS = 200;
    private static final long LISTING_EVERY_NANOS = 100_000_000L;

    private final PrintStream err;
    private final Supplier<ProgressBarConsumer> consumers;
    private ProgressBar bar;
    private ProgressBarConsumer consumer;
    private long lastListing;
    private boolean listingShown;

    /**
     * On this process's terminal, drawn by the library's interactive consumer: as wide as the terminal, redrawn on a
     * line of its own (the cursor waits on the line below, where the summary then goes).
     */
    static ProgressBarOnTerminal onStderr() {
        return new ProgressBarOnTerminal(System.err, () -> new InteractiveConsoleProgressBarConsumer(System.err));
    }

    /** Drawn on {@code err} as plain carriage-return redraws, at most 100 columns wide (tests read what it drew). */
    static ProgressBarOnTerminal on(PrintStream err) {
        return new ProgressBarOnTerminal(err, () -> new ConsoleProgressBarConsumer(err, 100));
    }

    private ProgressBarOnTerminal(PrintStream err, Supplier<ProgressBarConsumer> consumers) {
        this.err = err;
        this.consumers = consumers;
    }

    @Override
    public void listing(long entriesSeen, long articleFiles) {
        long now = System.nanoTime();
        if (now - lastListing > LISTING_EVERY_NANOS) {
            err.printf(Locale.ROOT, "\rlisting: %,d files and folders looked at, %,d article files", entriesSeen,
                    articleFiles);
            err.flush();
            listingShown = true;
            lastListing = now;
        }
    }

    @Override
    public void update(long filesDone, long filesTotal, long articles) {
        if (bar == null) {
            if (listingShown) {
                err.println();
                listingShown = false;
            }
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(filesTotal)
                    .setUnit(" files", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(REDRAW_MILLIS);
            consumer = consumers.get();
            bar = builder.setConsumer(consumer).build();
        }
        bar.maxHint(filesTotal);
        bar.stepTo(filesDone);
        bar.setExtraMessage(String.format(Locale.ROOT, "%,d articles read", articles));
    }

    @Override
    public void finish(IndexReport report) {
        if (bar == null) { // no file to read: a bar of nothing would say less than the line
            new ProgressLines(err).finish(report);
            return;
        }
        bar.stepTo(bar.getMax());
        bar.setExtraMessage(String.format(Locale.ROOT, "%,d articles", report.articlesSeen()));
        bar.close(); // draws the final state, at once; the bar leaves its consumer open
        consumer.close(); // ends the line (the plain consumer) or flushes (the interactive one, already below it)
        bar = null;
    }
}
