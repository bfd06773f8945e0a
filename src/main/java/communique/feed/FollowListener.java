package communique.feed;

import communique.index.IndexReport;

import java.net.URI;
import java.time.Duration;

/** Told what the follower does, for the command line to print. Called on the follower's thread. */
public interface FollowListener {

    /** A feed was polled: "not modified", or how many new items it had and what became of them. */
    void polled(URI feed, String summary);

    /** An item was not taken, for good or until a later poll. */
    void itemSkipped(URI feed, URI item, String reason);

    /** A feed could not be polled (down, slow, malformed, huge); it is polled again after {@code retryIn}. */
    void feedFailed(URI feed, String reason, Duration retryIn);

    /** The pages of a round were committed to the index. */
    void indexed(IndexReport report);

    /** The pages of a round could not be committed; they are kept on disk and committed with the next round. */
    void indexFailed(String reason);
}
