package communique.cli;

import communique.feed.FeedServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code communique follow} end to end against a local feed server: one poll per run, a restart remembers. */
class FollowCommandTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void pollsOnceIndexesTheNewItemsAndARerunFindsTheFeedUnchanged() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.page("/a", FeedServer.story("Dar meets Lammy", "cordial"))
                    .page("/b", FeedServer.story("Envoy visits Gwadar", "constructive"))
                    .feed("/rss", FeedServer.rss(server.uri("/a").toString(), "A", server.uri("/b").toString(), "B"), "\"x\"");
            String index = tmp.resolve("index").toString();

            CliRun first = CliRun.of("follow", "--polls", "1", "--every", "1s", "--index", index, server.uri("/rss").toString());
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains(server.uri("/rss") + ": 2 items, 2 new, 2 pages fetched");
            assertThat(first.lastLine()).startsWith("added=2 updated=0 unchanged=0 deleted=0 skipped=0 ");

            CliRun again = CliRun.of("follow", "--polls", "1", "--every", "1s", "--index", index, server.uri("/rss").toString());
            assertThat(again.exitCode()).isZero();
            assertThat(again.lastLine()).isEqualTo(server.uri("/rss") + ": not modified");
            assertThat(CliRun.of("search", "--index", index, "Gwadar").out()).contains("Envoy visits Gwadar");
        }
    }

    @Test
    void refusesAddressesItCannotFollowAndDurationsThatMeanNothing() {
        CliRun ftp = CliRun.of("follow", "--polls", "1", "--index", tmp.resolve("i").toString(), "ftp://example.org/feed");
        assertThat(ftp.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ftp.err()).contains("'ftp://example.org/feed' is not an http or https address");

        CliRun zero = CliRun.of("follow", "--every", "0s", "http://example.org/feed");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("'0s' is not a positive duration");

        CliRun nonsense = CliRun.of("follow", "--every", "soon", "http://example.org/feed");
        assertThat(nonsense.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nonsense.err()).contains("'soon' is not a duration");
    }
}
