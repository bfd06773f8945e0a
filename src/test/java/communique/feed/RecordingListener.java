package communique.feed;

import communique.index.IndexReport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the follower reported, for assertions. */
class RecordingListener implements FollowListener {

    final List<String> polls = new CopyOnWriteArrayList<>();
    final List<String> skips = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<Duration> retries = new CopyOnWriteArrayList<>();
    final List<IndexReport> commits = new CopyOnWriteArrayList<>();
    final List<String> commitFailures = new CopyOnWriteArrayList<>();

    @Override
    public void polled(URI feed, String summary) {
        polls.add(feed.getPath() + ": " + summary);
    }

    @Override
    public void itemSkipped(URI feed, URI item, String reason) {
        skips.add(reason);
    }

    @Override
    public void feedFailed(URI feed, String reason, Duration retryIn) {
        failures.add(reason);
        retries.add(retryIn);
    }

    @Override
    public void indexed(IndexReport report) {
        commits.add(report);
    }

    @Override
    public void indexFailed(String reason) {
        commitFailures.add(reason);
    }
}
