package communique.feed;

import java.time.Duration;

/**
 * How the follower behaves.
 *
 * @param every           how often each feed is polled
 * @param firstRetry      the wait after a feed's first failure; each further failure doubles it...
 * @param maxBackoff      ...up to this
 * @param timeout         the longest one HTTP exchange may take, body included
 * @param maxFeedBytes    a feed document larger than this is refused (reported, retried with back-off)
 * @param maxPageBytes    an item's page larger than this is skipped with a message
 * @param maxItemsPerPoll new items fetched per feed and poll, newest first; the rest wait for the next polls
 * @param maxAttempts     tries for an item whose page fails for a reason that may pass (an outage, a timeout)
 */
public record FollowOptions(Duration every, Duration firstRetry, Duration maxBackoff, Duration timeout,
                            long maxFeedBytes, long maxPageBytes, int maxItemsPerPoll, int maxAttempts) {

    /** The defaults for polling every {@code every}: retry after 30 s (or sooner), back off to an hour or {@code every}. */
    public static FollowOptions every(Duration every) {
        Duration firstRetry = every.compareTo(Duration.ofSeconds(30)) < 0 ? every : Duration.ofSeconds(30);
        Duration maxBackoff = every.compareTo(Duration.ofHours(1)) > 0 ? every : Duration.ofHours(1);
        return new FollowOptions(every, firstRetry, maxBackoff, Duration.ofSeconds(30), 32L << 20, 20L << 20, 200, 3);
    }

    /** The wait before the next poll after {@code failures} failures in a row. */
    Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
