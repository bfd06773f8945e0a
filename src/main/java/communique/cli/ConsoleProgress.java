package communique.cli;

import communique.index.IndexProgress;
import communique.index.IndexReport;

import java.io.PrintStream;
import java.util.Map;

/**
 * Indexing progress on stderr: a progress bar on a terminal ({@link ProgressBarOnTerminal}), plain lines now and then
 * otherwise ({@link ProgressLines}: CI logs and pipes should not fill with carriage returns). Either way the run ends
 * with {@link #finish}, which draws the last state from the run's report, so the last progress line counts the same
 * articles as the summary line after it (while files are still being read, the count is of the articles admitted so
 * far, which lags behind the files by the batches in the queue).
 */
interface ConsoleProgress extends IndexProgress {

    /** The run is over: its last state, the articles counted from {@code report}. */
    void finish(IndexReport report);

    /** The bar when this process runs on a terminal and not under CI, else plain lines; on stderr. */
    static ConsoleProgress forThisProcess() {
        return onTerminal(System.console() != null, System.getenv())
                ? ProgressBarOnTerminal.onStderr() : new ProgressLines(System.err);
    }

    /**
     * Whether to draw a bar: on a console (both standard streams a terminal), unless CI says it is a CI run (most set
     * CI=true, and their log viewers show every redraw as a line) or the terminal is a dumb one.
     */
    static boolean onTerminal(boolean console, Map<String, String> env) {
        return console && !"true".equalsIgnoreCase(env.get("CI")) && !"dumb".equals(env.get("TERM"));
    }

    /** Plain progress for any stream: the same lines {@link ProgressLines} writes to stderr. */
    static ConsoleProgress lines(PrintStream err) {
        return new ProgressLines(err);
    }
}
