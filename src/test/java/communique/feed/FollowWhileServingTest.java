package communique.feed;

import communique.article.UrlIds;
import communique.extract.EntityExtractor;
import communique.index.Indexer;
import communique.search.LuceneSearchBackend;
import communique.web.WebServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A running server shows an article that a feed poll committed within seconds, search and article page alike. */
class FollowWhileServingTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void aRunningServerShowsANewFeedItemWithinSeconds() throws Exception {
        Path index = tmp.resolve("index");
        try (FeedServer feeds = new FeedServer()) {
            URI first = feeds.uri("/news/1");
            feeds.page("/news/1", FeedServer.story("Dar meets Lammy", "cordial"))
                    .feed("/feed.xml", FeedServer.rss(first.toString(), "One"), "\"1\"");
            FollowOptions options = FollowOptions.every(Duration.ofMillis(100));
            new FeedFollower(new Indexer(index, new EntityExtractor(), 2), index, List.of(feeds.uri("/feed.xml")),
                    options, new RecordingListener()).run(1);
            LuceneSearchBackend backend = new LuceneSearchBackend(index);
            WebServer web = WebServer.start(backend, "127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                assertThat(get(client, web, "/api/search?q=zanzibarian")).contains("\"total\":0");

                URI second = feeds.uri("/news/2?utm_source=feed");
                feeds.page("/news/2", FeedServer.story("Envoy in Zanzibar", "zanzibarian"))
                        .feed("/feed.xml", FeedServer.rss(second.toString(), "Two", first.toString(), "One"), "\"2\"");
                new FeedFollower(new Indexer(index, new EntityExtractor(), 2), index, List.of(feeds.uri("/feed.xml")),
                        options, new RecordingListener()).run(1);
                long committed = System.nanoTime();
                String found = get(client, web, "/api/search?q=zanzibarian");
                while (found.contains("\"total\":0") && System.nanoTime() - committed < 10_000_000_000L) {
                    Thread.sleep(50);
                    found = get(client, web, "/api/search?q=zanzibarian");
                }
                long shownAfterMillis = (System.nanoTime() - committed) / 1_000_000;
                System.out.println("shown " + shownAfterMillis + " ms after the commit");
                assertThat(found).contains("\"total\":1").contains("Envoy in Zanzibar");
                assertThat(shownAfterMillis).isLessThan(10_000);
                String page = get(client, web, "/article/" + URLEncoder.encode(UrlIds.idOf(second.toString()), StandardCharsets.UTF_8));
                assertThat(page).contains("Envoy in Zanzibar").contains("zanzibarian");
            } finally {
                web.close();
                backend.close();
            }
        }
    }

    private static String get(HttpClient client, WebServer web, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
