package communique.cli;

import communique.index.IndexReport;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar of files (me.tongfei:progressbar: percentage, bar, files done of all, elapsed time and ETA, redrawn
 * in place), the articles read so far beside it, and the listing of the folders counted on the same line before it
 * starts. One bar per run; watch mode draws one for each batch.
 */
final class ProgressBarOnTerminal implements ConsoleProgress {

    private static final int REDRAW_MILLIS = 200;
    private static final long LISTING_EVERY_NANOS = 100_000_000L;

    private final PrintStream err;
    private ProgressBar bar;
    private long lastListing;
    private boolean listingShown;

    ProgressBarOnTerminal(PrintStream err) {
        this.err = err;
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
            bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(filesTotal).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(REDRAW_MILLIS)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
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
        bar.close(); // draws the final state, at once
        err.println(); // this consumer leaves the line open
        err.flush();
        bar = null;
    }
}
