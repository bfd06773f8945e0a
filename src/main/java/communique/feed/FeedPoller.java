package communique.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One poll of one feed: a conditional GET (If-None-Match, If-Modified-Since), the items not taken before, newest
 * first and at most {@link FollowOptions#maxItemsPerPoll} of them, and their pages. A bad item is reported and
 * passed over, never the end of the poll; one whose failure may pass is tried again on later polls, a few times.
 * The feed's validators are kept only when every new item was dealt with: otherwise the next poll would be told
 * "not modified" and the rest would wait for the feed to change.
 */
final class FeedPoller {

    /** What one poll found; {@code notModified} when the server answered 304. */
    record Poll(boolean notModified, List<FetchedPage> pages, Set<String> taken, Set<String> inDocument,
                String etag, String lastModified, boolean complete, String summary) {

        static Poll unchanged() {
            return new Poll(true, List.of(), Set.of(), Set.of(), null, null, true, "not modified");
        }
    }

    private final HttpFetcher http;
    private final FollowOptions options;
    private final FollowListener listener;

    FeedPoller(HttpFetcher http, FollowOptions options, FollowListener listener) {
        this.http = http;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Polls the feed.
     *
     * @throws FetchException when the feed itself cannot be had: down, slow, an error status, malformed, too large
     */
    Poll poll(URI feed, FeedState.Feed state) throws FetchException, InterruptedException {
        HttpFetcher.Fetched response = http.get(feed, conditional(state), options.maxFeedBytes());
        if (response.status() == 304) {
            return Poll.unchanged();
        }
        if (response.status() / 100 != 2) {
            throw new FetchException(feed + ": HTTP " + response.status(), false);
        }
        List<FeedItem> items = FeedDocument.parse(feed, response.body());
        Set<String> inDocument = new HashSet<>();
        List<FeedItem> fresh = new ArrayList<>();
        for (FeedItem item : items) {
            String key = keyHash(item.key());
            if (inDocument.add(key) && !state.seen.contains(key)) {
                fresh.add(item);
            }
        }
        List<FeedItem> now = fresh.subList(0, Math.min(fresh.size(), options.maxItemsPerPoll()));
        List<FetchedPage> pages = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean retryLater = false;
        for (FeedItem item : now) {
            retryLater |= !take(feed, item, state, pages, taken);
        }
        boolean complete = now.size() == fresh.size() && !retryLater;
        return new Poll(false, pages, taken, inDocument, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), complete,
                summary(items.size(), fresh.size(), now.size(), pages.size()));
    }

    /** Fetches one item's page; false when it failed for now and should be tried again on a later poll. */
    private boolean take(URI feed, FeedItem item, FeedState.Feed state, List<FetchedPage> pages, Set<String> taken)
            throws InterruptedException {
        String key = keyHash(item.key());
        try {
            pages.add(fetchPage(item.link()));
            taken.add(key);
            state.attempts.remove(key);
            return true;
        } catch (FetchException e) {
            int attempts = state.attempts.merge(key, 1, Integer::sum);
            if (e.permanent() || attempts >= options.maxAttempts()) {
                taken.add(key);
                state.attempts.remove(key);
                listener.itemSkipped(feed, item.link(), e.getMessage() + (e.permanent() ? "" : "; gave up after " + attempts + " tries"));
                return true;
            }
            listener.itemSkipped(feed, item.link(), e.getMessage() + "; tried again on the next poll");
            return false;
        }
    }

    private FetchedPage fetchPage(URI link) throws FetchException, InterruptedException {
        HttpFetcher.Fetched page = http.get(link, Map.of(), options.maxPageBytes());
        int status = page.status();
        if (status / 100 != 2) {
            boolean mayPass = status >= 500 || status == 408 || status == 429;
            throw new FetchException(link + ": HTTP " + status, !mayPass);
        }
        String type = page.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
            throw new FetchException(link + ": not an HTML page (" + type + ")", true);
        }
        return new FetchedPage(page.uri(), status, page.headers(), page.body(), Instant.now());
    }

    private static Map<String, String> conditional(FeedState.Feed state) {
        Map<String, String> headers = new HashMap<>();
        if (state.etag != null) {
            headers.put("If-None-Match", state.etag);
        }
        if (state.lastModified != null) {
            headers.put("If-Modified-Since", state.lastModified);
        }
        return headers;
    }

    private static String summary(int items, int fresh, int now, int fetched) {
        String s = String.format(Locale.ROOT, "%,d items, %,d new", items, fresh);
        if (now < fresh) {
            s += String.format(Locale.ROOT, " (the newest %,d now, the rest on the next polls)", now);
        }
        return s + String.format(Locale.ROOT, ", %,d pages fetched", fetched);
    }

    /** A short, fixed-size stand-in for an item's key in the state file. */
    static String keyHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
