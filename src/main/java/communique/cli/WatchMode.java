package communique.cli;

import communique.extract.EntityExtractor;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;
import communique.watch.WatchedFolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code communique index --watch DIR}: the first run, then one summary line per committed batch of changes until
 * Ctrl-C, which lets the batch in progress commit before the process ends.
 */
final class WatchMode {

    private final PrintWriter out;
    private final PrintWriter err;

    WatchMode(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path index, int threads, Path folder, Duration rescan) {
        ConsoleProgress progress = ConsoleProgress.forThisProcess();
        WatchedFolder watched = new WatchedFolder(new Indexer(index, new EntityExtractor(), threads), folder, rescan,
                new WatchedFolder.Listener() {
                    @Override
                    public void indexed(IndexReport report, boolean batch) {
                        if (!batch) { // batches are drawn by their summary lines alone
                            progress.finish(report);
                        }
                        report.skippedSources().forEach(s -> err.println("skipped: " + TerminalText.escape(s)));
                        out.println(report.summaryLine());
                        out.flush();
                        if (!batch) {
                            err.println("watching " + folder + " (rescanned every " + rescan.toSeconds()
                                    + " s): changes are indexed as they happen; Ctrl-C stops");
                            err.flush();
                        }
                    }

                    @Override
                    public void failed(String message, Duration retryIn) {
                        err.println("error: " + TerminalText.escape(message) + "; trying again in " + retryIn.toSeconds() + " s");
                        err.flush();
                    }
                });
        StopOnShutdown graceful = new StopOnShutdown(watched::stop);
        try {
            watched.run(progress);
            return ExitCodes.OK;
        } catch (IndexWriteException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("error: cannot watch " + TerminalText.escape(folder.toString()) + ": " + TerminalText.escape(e.getMessage()));
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            graceful.close();
        }
    }
}
