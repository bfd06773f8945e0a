package communique.feed;

import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows feeds into an index: each round polls the feeds that are due ({@link FeedPoller}), keeps the new pages in
 * a WARC file beside the index ({@link PageArchive}), saves what it took ({@link FeedState}), then indexes that file
 * in one commit. The pages are on disk and named in the state before the commit, so a failed commit (or a crash) is
 * made good by the next round; the indexer only ever adds, so nothing indexed before is lost. A feed that fails is
 * polled again after a back-off that doubles with each failure in a row. Runs on the calling thread.
 */
public final class FeedFollower {

    private static final long SLEEP_STEP_MILLIS = 200;

    private final Indexer indexer;
    private final List<URI> feeds;
    private final FollowOptions options;
    private final FollowListener listener;
    private final Path stateFile;
    private final PageArchive archive;
    private final FeedPoller poller;
    private volatile boolean stopped;

    public FeedFollower(Indexer indexer, Path index, List<URI> feeds, FollowOptions options, FollowListener listener) {
        this.indexer = indexer;
        this.feeds = List.copyOf(feeds);
        this.options = options;
        this.listener = listener;
        this.stateFile = statePath(index);
        this.archive = new PageArchive(archivePath(index));
        this.poller = new FeedPoller(new HttpFetcher(options.timeout()), options, listener);
    }

    /** The state file of the follower of this index: {@code <index>.follow.json}, beside it. */
    public static Path statePath(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".follow.json");
    }

    /** The folder of fetched pages: {@code <index>.feeds/}, beside it. */
    public static Path archivePath(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".feeds");
    }

    /**
     * Polls and indexes round after round until {@link #stop}, an interrupt, or {@code maxRounds} rounds (0: no limit).
     *
     * @throws IOException when the state file cannot be read or written, or the pages cannot be saved
     */
    public void run(int maxRounds) throws IOException, InterruptedException {
        Files.createDirectories(stateFile.getParent());
        FeedState state = FeedState.load(stateFile);
        commitPending(state);
        for (int round = 0; !stopped && (maxRounds <= 0 || round < maxRounds); round++) {
            if (!sleepUntilDue(state)) {
                return;
            }
            List<FetchedPage> pages = new ArrayList<>();
            for (URI feed : feeds) {
                if (state.feed(feed.toString()).nextPollMillis <= System.currentTimeMillis()) {
                    pages.addAll(pollOne(feed, state.feed(feed.toString())));
                }
            }
            if (!pages.isEmpty()) {
                state.pendingWarcs.add(archive.write(pages).toString());
            }
            state.save(stateFile);
            commitPending(state);
        }
    }

    /** Ends {@link #run} after the round in progress. Thread-safe. */
    public void stop() {
        stopped = true;
    }

    private List<FetchedPage> pollOne(URI feed, FeedState.Feed state) throws InterruptedException {
        try {
            FeedPoller.Poll poll = poller.poll(feed, state);
            if (!poll.notModified()) {
                Set<String> seen = new HashSet<>(state.seen);
                seen.retainAll(poll.inDocument());
                seen.addAll(poll.taken());
                state.seen.clear();
                state.seen.addAll(seen);
                state.etag = poll.complete() ? poll.etag() : null;
                state.lastModified = poll.complete() ? poll.lastModified() : null;
            }
            state.failures = 0;
            state.lastError = null;
            state.nextPollMillis = System.currentTimeMillis() + options.every().toMillis();
            listener.polled(feed, poll.summary());
            return poll.pages();
        } catch (FetchException e) {
            state.failures++;
            state.lastError = e.getMessage();
            Duration wait = options.backoff(state.failures);
            state.nextPollMillis = System.currentTimeMillis() + wait.toMillis();
            listener.feedFailed(feed, e.getMessage(), wait);
            return List.of();
        }
    }

    /** Indexes every fetched file not yet committed, in one commit; on failure they wait for the next round. */
    private void commitPending(FeedState state) throws IOException {
        if (state.pendingWarcs.isEmpty()) {
            return;
        }
        List<Path> files = state.pendingWarcs.stream().map(Path::of).filter(Files::exists).toList();
        try {
            IndexReport report = indexer.index(files, IndexProgress.NONE);
            listener.indexed(report);
            state.pendingWarcs.clear();
            state.save(stateFile);
        } catch (IndexWriteException e) {
            listener.indexFailed(e.getMessage());
        }
    }

    /** Sleeps until the first feed is due; false when stopped meanwhile. */
    private boolean sleepUntilDue(FeedState state) throws InterruptedException {
        while (!stopped) {
            long due = Long.MAX_VALUE;
            for (URI feed : feeds) {
                due = Math.min(due, state.feed(feed.toString()).nextPollMillis);
            }
            long wait = due - System.currentTimeMillis();
            if (wait <= 0) {
                return true;
            }
            Thread.sleep(Math.min(wait, SLEEP_STEP_MILLIS));
        }
        return false;
    }
}
