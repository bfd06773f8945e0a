package communique.index;

/**
 * Lets numbered batches take a short step one at a time in number order, whatever thread holds them: the pipeline's
 * workers parse batches in parallel, then decide duplicate ids and report skips in file order. A worker holding
 * batch {@code n} waits only while batch {@code n - 1}'s step is unfinished. Thread-safe.
 */
final class Turns {

    private long next;
    private boolean aborted;

    /** Waits until it is batch {@code number}'s turn; false when the run was aborted instead. */
    synchronized boolean await(long number) throws InterruptedException {
        while (next != number && !aborted) {
            wait();
        }
        return !aborted;
    }

    /** Ends the current turn: the next number may go. */
    synchronized void done() {
        next++;
        notifyAll();
    }

    /** Releases every waiter for good: after a fatal error no turn would ever come. */
    synchronized void abort() {
        aborted = true;
        notifyAll();
    }
}
