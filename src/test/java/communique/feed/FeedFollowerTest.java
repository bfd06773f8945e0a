package communique.feed;

import communique.extract.EntityExtractor;
import communique.index.Fields;
import communique.index.Indexer;
import communique.index.LiveDocuments;

import com.sun.net.httpserver.HttpExchange;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedFollowerTest {

    @TempDir
    Path tmp;

    private final FeedServer server = startServer();

    private static FeedServer startServer() {
        try {
            return new FeedServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Fast settings for tests: poll every 100 ms, retry after 50 ms doubling to 1 s, 2 s per exchange. */
    private static FollowOptions fast() {
        return new FollowOptions(Duration.ofMillis(100), Duration.ofMillis(50), Duration.ofSeconds(1),
                Duration.ofSeconds(2), 1 << 20, 1 << 20, 50, 2);
    }

    private FeedFollower follower(Path index, FollowOptions options, RecordingListener listener, URI... feeds) {
        return new FeedFollower(new Indexer(index, new EntityExtractor(), 2), index, List.of(feeds), options, listener);
    }

    @Test
    @Timeout(60)
    void indexesNewItemsOncePerPollAndAfterARestartAsksOnlyWhetherTheFeedChanged() throws Exception {
        Path index = tmp.resolve("index");
        server.page("/news/1", FeedServer.story("Dar meets Lammy", "cordial"))
                .page("/news/2", FeedServer.story("Envoy visits Gwadar", "constructive"))
                .feed("/feed.xml", FeedServer.rss(server.uri("/news/1").toString(), "One",
                        server.uri("/news/2").toString(), "Two"), "\"v1\"");
        RecordingListener first = new RecordingListener();
        follower(index, fast(), first, server.uri("/feed.xml")).run(1);

        assertThat(first.polls).containsExactly("/feed.xml: 2 items, 2 new, 2 pages fetched");
        assertThat(first.commits).singleElement().satisfies(r -> assertThat(r.addedCount()).isEqualTo(2));
        assertThat(indexedTitles(index)).containsExactlyInAnyOrder("Dar meets Lammy", "Envoy visits Gwadar");
        assertThat(FeedFollower.statePath(index)).exists();
        assertThat(Files.list(FeedFollower.archivePath(index)).toList()).singleElement()
                .satisfies(f -> assertThat(f.toString()).endsWith(".warc.gz"));

        RecordingListener restarted = new RecordingListener();
        follower(index, fast(), restarted, server.uri("/feed.xml")).run(1);
        assertThat(restarted.polls).containsExactly("/feed.xml: not modified");
        assertThat(server.requestHeaders.get(server.requestHeaders.size() - 1)).containsEntry("If-none-match", List.of("\"v1\""));
        assertThat(restarted.commits).isEmpty();

        server.page("/news/3", FeedServer.story("Trade talks resume", "productive"))
                .feed("/feed.xml", FeedServer.rss(server.uri("/news/3").toString(), "Three",
                        server.uri("/news/1").toString(), "One", server.uri("/news/2").toString(), "Two"), "\"v2\"");
        RecordingListener third = new RecordingListener();
        follower(index, fast(), third, server.uri("/feed.xml")).run(1);
        assertThat(third.polls).containsExactly("/feed.xml: 3 items, 1 new, 1 pages fetched");
        assertThat(server.hits("/news/1")).as("a page already taken is not fetched again").isEqualTo(1);
        assertThat(indexedTitles(index)).hasSize(3).contains("Trade talks resume");
        assertThat(LiveDocuments.of(index, Fields.URL)).extracting(d -> d.get(Fields.URL)).contains(server.uri("/news/3").toString());
    }

    @Test
    @Timeout(60)
    void aFeedThatAnswers500ThenRecoversIsRetriedWithBackoffAndAnAtomFeedBesideItIsNotHeldUp() throws Exception {
        Path index = tmp.resolve("index");
        AtomicInteger calls = new AtomicInteger();
        String rss = FeedServer.rss(server.uri("/news/1").toString(), "One");
        server.page("/news/1", FeedServer.story("Dar meets Lammy", "cordial"))
                .page("/atom/1", FeedServer.story("Envoy visits Gwadar", "constructive"))
                .route("/flaky.xml", exchange -> {
                    if (calls.incrementAndGet() <= 3) {
                        FeedServer.send(exchange, 500, "text/plain", "overloaded".getBytes(StandardCharsets.UTF_8));
                    } else {
                        FeedServer.send(exchange, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
                    }
                })
                .route("/atom.xml", exchange -> FeedServer.send(exchange, 200, "application/atom+xml", atom(server.uri("/atom/1"))));
        // Rounds in which only the Atom feed is due still count as rounds, and how many there are depends on the
        // machine's speed; so the follower runs until the flaky feed has recovered (bounded by rounds and @Timeout).
        FeedFollower[] running = new FeedFollower[1];
        RecordingListener listener = new RecordingListener() {
            @Override
            public void polled(URI feed, String summary) {
                super.polled(feed, summary);
                if (feed.getPath().equals("/flaky.xml")) {
                    running[0].stop();
                }
            }
        };
        running[0] = follower(index, fast(), listener, server.uri("/flaky.xml"), server.uri("/atom.xml"));
        running[0].run(200);

        assertThat(listener.failures).hasSize(3).allSatisfy(f -> assertThat(f).endsWith("/flaky.xml: HTTP 500"));
        assertThat(listener.retries).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(listener.polls).contains("/atom.xml: 1 items, 1 new, 1 pages fetched", "/flaky.xml: 1 items, 1 new, 1 pages fetched");
        assertThat(indexedTitles(index)).containsExactlyInAnyOrder("Dar meets Lammy", "Envoy visits Gwadar");
    }

    @Test
    @Timeout(60)
    void badFeedsAreReportedEachWithItsReasonAndNothingIndexedIsLost() throws Exception {
        Path index = tmp.resolve("index");
        server.page("/news/1", FeedServer.story("Dar meets Lammy", "cordial"))
                .feed("/good.xml", FeedServer.rss(server.uri("/news/1").toString(), "One"), "\"g\"");
        follower(index, fast(), new RecordingListener(), server.uri("/good.xml")).run(1);
        server.route("/malformed.xml", x -> FeedServer.send(x, 200, "application/rss+xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)))
                .route("/xxe.xml", x -> FeedServer.send(x, 200, "application/rss+xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss ["
                        + "<!ENTITY secret SYSTEM \"" + server.uri("/secret") + "\">]><rss version=\"2.0\"><channel><title>&secret;</title>"
                        + "<item><link>" + server.uri("/news/1") + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8)))
                .route("/huge.xml", x -> FeedServer.send(x, 200, "application/rss+xml", new byte[2 << 20]))
                .route("/slow.xml", x -> sleepThenAnswer(x, 4_000))
                .route("/loop-a.xml", x -> redirect(x, "/loop-b.xml"))
                .route("/loop-b.xml", x -> redirect(x, "/loop-a.xml"))
                .route("/gone.xml", x -> FeedServer.send(x, 410, "text/plain", new byte[0]));
        URI down = URI.create("http://127.0.0.1:" + freePort() + "/feed.xml");
        RecordingListener listener = new RecordingListener();

        follower(index, fast(), listener, server.uri("/malformed.xml"), server.uri("/xxe.xml"), server.uri("/huge.xml"),
                server.uri("/slow.xml"), server.uri("/loop-a.xml"), server.uri("/gone.xml"), down).run(1);

        assertThat(listener.failures).hasSize(7);
        assertThat(listener.failures.get(0)).contains("/malformed.xml: not an RSS or Atom feed");
        assertThat(listener.failures.get(1)).contains("/xxe.xml: not an RSS or Atom feed");
        assertThat(server.hits("/secret")).as("the external entity was never fetched").isZero();
        assertThat(listener.failures.get(2)).contains("/huge.xml: larger than 1048576 bytes");
        assertThat(listener.failures.get(3)).contains("/slow.xml: no complete answer within 2 s");
        assertThat(listener.failures.get(4)).contains("redirect loop").contains("/loop-b.xml");
        assertThat(listener.failures.get(5)).endsWith("/gone.xml: HTTP 410");
        assertThat(listener.failures.get(6)).contains(down + ": cannot fetch");
        assertThat(listener.retries).allSatisfy(r -> assertThat(r).isEqualTo(Duration.ofMillis(50)));
        assertThat(indexedTitles(index)).containsExactly("Dar meets Lammy");
    }

    @Test
    @Timeout(60)
    void badItemsAreSkippedWithTheirReasonAndTheGoodOnesIndexed() throws Exception {
        Path index = tmp.resolve("index");
        server.page("/news/good", FeedServer.story("Dar meets Lammy", "cordial"))
                .route("/news/declared-huge", x -> {
                    x.getResponseHeaders().add("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 50L << 20);
                    try (OutputStream out = x.getResponseBody()) {
                        out.write(new byte[1024]);
                        out.flush();
                    }
                })
                .route("/news/streamed-huge", x -> {
                    x.getResponseHeaders().add("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 0);
                    try (OutputStream out = x.getResponseBody()) {
                        byte[] chunk = "<p>filler filler filler</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                        for (long sent = 0; sent < (50L << 20); sent += chunk.length) {
                            out.write(chunk);
                        }
                    }
                })
                .route("/news/loop", x -> redirect(x, "/news/loop"))
                .route("/news/pdf", x -> FeedServer.send(x, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .route("/news/flaky", x -> FeedServer.send(x, 503, "text/plain", new byte[0]))
                .feed("/feed.xml", FeedServer.rss(server.uri("/news/good").toString(), "Good",
                        server.uri("/news/declared-huge").toString(), "Huge", server.uri("/news/streamed-huge").toString(), "Streamed",
                        server.uri("/news/loop").toString(), "Loop", server.uri("/news/pdf").toString(), "Pdf",
                        server.uri("/news/missing").toString(), "Missing", server.uri("/news/flaky").toString(), "Flaky"), "\"e\"");
        RecordingListener listener = new RecordingListener();

        follower(index, fast(), listener, server.uri("/feed.xml")).run(2);

        assertThat(listener.skips).anySatisfy(s -> assertThat(s).contains("/news/declared-huge: larger than 1048576 bytes"))
                .anySatisfy(s -> assertThat(s).contains("/news/streamed-huge: larger than 1048576 bytes"))
                .anySatisfy(s -> assertThat(s).contains("/news/loop: redirect loop"))
                .anySatisfy(s -> assertThat(s).contains("/news/pdf: not an HTML page (application/pdf)"))
                .anySatisfy(s -> assertThat(s).contains("/news/missing: HTTP 404"))
                .anySatisfy(s -> assertThat(s).contains("/news/flaky: HTTP 503; tried again on the next poll"))
                .anySatisfy(s -> assertThat(s).contains("/news/flaky: HTTP 503; gave up after 2 tries"));
        assertThat(listener.polls).as("the second poll fetches the feed again: its ETag was not kept while an item waited")
                .containsExactly("/feed.xml: 7 items, 7 new, 1 pages fetched", "/feed.xml: 7 items, 1 new, 0 pages fetched");
        assertThat(indexedTitles(index)).containsExactly("Dar meets Lammy");
    }

    @Test
    @Timeout(120)
    void aFeedOfAHundredThousandItemsIsTakenABoundedNumberAtATime() throws Exception {
        Path index = tmp.resolve("index");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
        for (int i = 100_000; i >= 1; i--) {
            xml.append("<item><title>Item ").append(i).append("</title><link>").append(server.uri("/item/" + i)).append("</link></item>");
        }
        byte[] feed = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        server.route("/big.xml", x -> FeedServer.send(x, 200, "application/rss+xml", feed))
                .route("*", x -> FeedServer.send(x, 200, "text/html", FeedServer.story("Story " + x.getRequestURI().getPath(),
                        "number " + x.getRequestURI().getPath().replace("/item/", "")).getBytes(StandardCharsets.UTF_8)));
        FollowOptions options = new FollowOptions(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(1),
                Duration.ofSeconds(20), 32L << 20, 1 << 20, 40, 2);
        RecordingListener listener = new RecordingListener();

        follower(index, options, listener, server.uri("/big.xml")).run(2);

        assertThat(feed.length).as("a feed of 8 MB").isGreaterThan(8_000_000);
        assertThat(listener.polls).containsExactly(
                "/big.xml: 100,000 items, 100,000 new (the newest 40 now, the rest on the next polls), 40 pages fetched",
                "/big.xml: 100,000 items, 99,960 new (the newest 40 now, the rest on the next polls), 40 pages fetched");
        assertThat(indexedTitles(index)).hasSize(80).contains("Story /item/100000", "Story /item/99921");
    }

    @Test
    @Timeout(60)
    void pagesFetchedWhileTheIndexIsLockedAreKeptAndCommittedByTheNextRound() throws Exception {
        Path index = tmp.resolve("index");
        server.page("/news/1", FeedServer.story("Dar meets Lammy", "cordial"))
                .feed("/feed.xml", FeedServer.rss(server.uri("/news/1").toString(), "One"), "\"1\"");
        follower(index, fast(), new RecordingListener(), server.uri("/feed.xml")).run(1);
        server.page("/news/2", FeedServer.story("Envoy visits Gwadar", "constructive"))
                .feed("/feed.xml", FeedServer.rss(server.uri("/news/2").toString(), "Two", server.uri("/news/1").toString(), "One"), "\"2\"");
        RecordingListener locked = new RecordingListener();
        try (Directory dir = FSDirectory.open(index);
             IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
            follower(index, fast(), locked, server.uri("/feed.xml")).run(1);
        }
        assertThat(locked.commitFailures).singleElement().satisfies(f -> assertThat(f).contains("another indexer"));
        assertThat(indexedTitles(index)).containsExactly("Dar meets Lammy");

        RecordingListener next = new RecordingListener();
        follower(index, fast(), next, server.uri("/feed.xml")).run(1);
        assertThat(next.polls).containsExactly("/feed.xml: not modified");
        assertThat(indexedTitles(index)).containsExactlyInAnyOrder("Dar meets Lammy", "Envoy visits Gwadar");
        assertThat(server.hits("/news/2")).as("the page was kept, not fetched again").isEqualTo(1);
    }

    @Test
    void theStateFileIsReplacedWholeAndADamagedOneIsRefusedWithAWayOut() throws Exception {
        Path file = tmp.resolve("index.follow.json");
        FeedState state = new FeedState();
        state.feed("http://a.example/feed").etag = "\"e\"";
        state.feed("http://a.example/feed").seen.add(FeedPoller.keyHash("item-1"));
        state.pendingWarcs.add("/x/feeds-1.warc.gz");
        state.save(file);
        FeedState loaded = FeedState.load(file);
        assertThat(loaded.feed("http://a.example/feed").etag).isEqualTo("\"e\"");
        assertThat(loaded.feed("http://a.example/feed").seen).containsExactly(FeedPoller.keyHash("item-1"));
        assertThat(loaded.pendingWarcs).containsExactly("/x/feeds-1.warc.gz");
        assertThat(Files.list(tmp).toList()).containsExactly(file);

        Files.writeString(file, "{\"feeds\": {\"http://a.example/feed\": {\"seen\": [");
        assertThatThrownBy(() -> FeedState.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a follow state file").hasMessageContaining("move it away to start afresh");
    }

    private static List<String> indexedTitles(Path index) throws IOException {
        return LiveDocuments.of(index, Fields.TITLE).stream().map(d -> d.get(Fields.TITLE)).toList();
    }

    private static byte[] atom(URI link) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title>"
                + "<id>urn:feed</id><updated>2025-04-01T00:00:00Z</updated><entry><title>Envoy</title><id>urn:entry:1</id>"
                + "<updated>2025-04-01T00:00:00Z</updated><link href=\"" + link + "\"/></entry></feed>").getBytes(StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void sleepThenAnswer(HttpExchange exchange, long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        FeedServer.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
