package communique.cli;

import communique.search.TestIndexes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} starts quietly: one line saying where to open the app, none of Jetty's and Javalin's start-up log. */
class ServeStartupTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void theOnlyStartUpLineSaysWhereToOpenTheApp() throws Exception {
        Path index = TestIndexes.seedLike(tmp.resolve("index"));
        try (ChildCli child = ChildCli.start("serve", "--port", "0", "--index", index.toString())) {
            child.awaitOutLine(line -> line.contains("open http://"), 60_000);
            String line = child.out().get(0);
            assertThat(line).matches("Communiqué is serving 5 articles: open http://localhost:\\d+/");
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(line.substring(line.indexOf("http://")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            Thread.sleep(300); // anything logged around the first request has had time to arrive
            assertThat(child.out()).containsExactly(line);
            assertThat(child.err()).isEmpty();
        }
    }

    @Test
    void librariesKeepTheirWarningsAndOurOwnLinesStay() {
        for (String name : new String[] {"org.eclipse.jetty.server.Server", "io.javalin.Javalin", "org.thymeleaf"}) {
            Logger log = LoggerFactory.getLogger(name);
            assertThat(log.isInfoEnabled()).as(name).isFalse();
            assertThat(log.isWarnEnabled()).as(name).isTrue();
        }
        assertThat(LoggerFactory.getLogger("communique.web.Errors").isInfoEnabled()).isTrue();
    }
}
