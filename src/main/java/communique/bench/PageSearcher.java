package communique.bench;

import java.io.Closeable;
import java.io.IOException;

/**
 * The query side of one engine under test. The runner times {@link #run} and nothing else, so an implementation
 * opens its reader, searcher and facet state up front, as a long-lived server would.
 */
interface PageSearcher extends Closeable {

    /** Which engine and path this is, for the report. */
    String name();

    /** False for tasks this engine has no fields for (the baseline has no dates, entities or facets). */
    boolean canAnswer(SearchTask task);

    /**
     * Runs the task as a results page would and returns a number derived from what the page shows (hit count,
     * snippet and facet sizes), which the runner sums so that no work can be optimised away.
     */
    long run(SearchTask task) throws IOException;

    /** The engine refused the task's query with a message for the user (too expensive, not understood). */
    final class Refused extends RuntimeException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
