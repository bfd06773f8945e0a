package communique.reliability;

import org.eclipse.jetty.session.AbstractSessionManager;
import org.eclipse.jetty.session.DefaultSessionCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSocket handshakes on every kind of address (the app has no WebSocket endpoint): each is refused with a 400,
 * carries no session cookie, and leaves no server session behind, however many arrive. Before, each one got a 404
 * and a session that never expired (about 700 bytes of heap per 30-byte request). Over a raw socket, as an attacker
 * would send them.
 */
class WebSocketUpgradeTest {

    private static final List<String> TARGETS = List.of("/", "/search?q=uk", "/nope", "/api/search", "/api/nope",
            "/article/janjua-uk", "/static/css/app.css", "/health", "/search.atom");

    /** The header sets that led Javalin into its upgrade path, or that name a WebSocket handshake. */
    private static final List<String> HANDSHAKES = List.of(
            "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\n",
            "Sec-WebSocket-Version: 13\r\n",
            "Connection: Upgrade\r\nUpgrade: WebSocket\r\n",
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");

    private static final int ROUNDS = 60;

    @RegisterExtension
    static final SeedServer server = new SeedServer();

    @Test
    void refusesEveryHandshakeWithoutOpeningASession() throws Exception {
        List<RawHttp.Response> answers = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String target : TARGETS) {
                for (String headers : HANDSHAKES) {
                    answers.add(RawHttp.exchange(server.port(), "GET " + target + " HTTP/1.1\r\n"
                            + "Host: localhost\r\n" + headers + "Connection: close\r\n\r\n"));
                    sent.add(target + " with " + headers.replace("\r\n", "; "));
                }
            }
        }
        assertThat(sent).hasSize(ROUNDS * TARGETS.size() * HANDSHAKES.size());
        assertThat(sessionsEverCreated()).as("sessions after %d handshakes", sent.size()).isZero();
        for (int i = 0; i < answers.size(); i++) {
            RawHttp.Response response = answers.get(i);
            assertThat(response.status()).as(sent.get(i)).isEqualTo(400);
            assertThat(response.header("Set-Cookie")).as(sent.get(i)).isNull();
            assertThat(response.header("Content-Security-Policy")).as(sent.get(i)).isNotNull();
            assertThat(response.body()).as(sent.get(i)).doesNotContain("at org.", "at io.javalin");
        }
    }

    @Test
    void ordinaryRequestsStillAnswerAndSetNoCookie() throws Exception {
        for (String target : TARGETS.subList(0, 2)) {
            RawHttp.Response response = RawHttp.send(server.port(), "GET", target);
            assertThat(response.status()).as(target).isEqualTo(200);
            assertThat(response.header("Set-Cookie")).as(target).isNull();
        }
        assertThat(sessionsEverCreated()).isZero();
    }

    /** Sessions every session manager in the server has created (none is configured at all, since the fix). */
    private static long sessionsEverCreated() {
        return server.app().jettyServer().server().getContainedBeans(AbstractSessionManager.class).stream()
                .map(AbstractSessionManager::getSessionCache)
                .filter(DefaultSessionCache.class::isInstance)
                .mapToLong(cache -> ((DefaultSessionCache) cache).getSessionsTotal())
                .sum();
    }
}
