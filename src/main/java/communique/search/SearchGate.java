package communique.search;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets only as many searches run at once as there are cores; the others wait their turn, first come first served.
 *
 * <p>Searching is CPU work. Without a gate, 64 connections mean 64 searches sharing two cores, each running 32 times
 * slower than alone: every one of them is slow, and the search timeout (a wall-clock deadline) stops searches that
 * were only starved, answering an ordinary query with "took too long". Behind the gate a search runs at its own
 * speed once admitted, its deadline starts when it is admitted, and a waiting request costs nothing. Waiting has a
 * bound too: past it the server says it is busy rather than let requests pile up without end.
 */
final class SearchGate {

    private final Semaphore permits;
    private final long maxWaitMillis;

    SearchGate(int concurrency, long maxWaitMillis) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.permits = new Semaphore(concurrency, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    /** One search per core; a request waits at most {@link Limits#MAX_QUEUE_MILLIS} for its turn. */
    static SearchGate perCore() {
        return new SearchGate(Runtime.getRuntime().availableProcessors(), Limits.MAX_QUEUE_MILLIS);
    }

    /**
     * Runs {@code work} once a permit is free.
     *
     * @throws ServerBusyException when no permit came free within the maximum wait, or the wait was interrupted
     */
    <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new ServerBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerBusyException();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
