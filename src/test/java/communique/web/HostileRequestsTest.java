package communique.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests on every route, sent over a raw socket so that even broken %-encoding reaches the server as
 * typed. Each must get a 4xx with a helpful page or JSON error, or a correct 200; never a 5xx or a stack trace,
 * and every response, errors included, carries the security headers.
 */
class HostileRequestsTest {

    private static final String[] ROUTES = {"/search", "/api/search", "/search.atom"};
    private static final String[] HOSTILE_QUERIES = {
        "page=-1", "page=1000000000", "page=abc", "page=1e9", "from=2025-13-45", "from=2025&to=2020",
        "from=notadate", "to=2025-02-30", "sort=bogus", "q=%E0%A4%A", "q=%", "q=%ZZ", "q=%00", "official=%00",
        "country=ZZ", "country=%3Cscript%3E", "official=nobody-at-all", "role=%22%3E%3Csvg%3E",
        "q=*minister", "q=%2Fregex.*%2F", "q=minister~9", "q=((((((((((((((((((((a))))))))))))))))))))",
        "q=a%22b", "q=AND", "q=OR+OR+OR", "q=title:", "q=" + "x".repeat(8_192), "country=GB&country=" + "GB&country=".repeat(400) + "US",
        "q=" + "w%20OR%20".repeat(1_500) + "w",
    };
    private static final String[] HOSTILE_PATHS = {
        "/article/..%2F..%2Fetc%2Fpasswd", "/article/../../etc/passwd", "/article/%00", "/article/nope",
        "/api/article/..%2F..%2Fetc%2Fpasswd", "/api/article/nope", "/official/%3Cscript%3E", "/official/nobody",
        "/country/ZZ", "/country/..%2F", "/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml",
        "/no/such/route", "/api/nothing", "/WEB-INF/web.xml", "/health?x=%ZZ", "/?q=%ZZ",
    };

    private static TestServer server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        server = new TestServer(dir);
        port = Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Case(String method, String target) {
        @Override
        public String toString() {
            String shown = method + " " + target;
            return shown.length() > 90 ? shown.substring(0, 90) + "…" : shown;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String route : ROUTES) {
            for (String query : HOSTILE_QUERIES) {
                cases.add(new Case("GET", route + "?" + query));
            }
        }
        for (String path : HOSTILE_PATHS) {
            cases.add(new Case("GET", path));
        }
        for (String route : new String[] {"/", "/search", "/api/search", "/article/x", "/health", "/search.atom"}) {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                cases.add(new Case(method, route));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithoutServerErrorsOrStackTracesAndWithSecurityHeaders(Case c) throws IOException {
        RawResponse response = RawResponse.send(port, c.method(), c.target());

        assertThat(response.status()).as("status of %s", c).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("Exception", "at communique.", "at org.", "at io.javalin",
                "at java.");
        if (response.rejectedByJettyBeforeTheApp()) {
            return;
        }
        if (response.status() >= 400 && c.target().startsWith("/api/")) {
            assertThat(response.body()).as("JSON error of %s", c).contains("\"error\"");
        }
        String csp = response.header("content-security-policy");
        assertThat(csp).as("CSP of %s", c).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.header("referrer-policy")).isNotBlank();
    }

    /** A response read off a raw HTTP/1.1 exchange (Connection: close, so the body is everything after the headers). */
    record RawResponse(int status, String head, String body) {

        static RawResponse send(int port, String method, String target) throws IOException {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int split = raw.indexOf("\r\n\r\n");
                String head = split < 0 ? raw : raw.substring(0, split);
                String body = split < 0 ? "" : raw.substring(split + 4);
                int status = Integer.parseInt(head.substring(9, 12));
                return new RawResponse(status, head, body);
            }
        }

        /**
         * Jetty refuses some requests at the protocol layer, before any handler runs: a URI over 8 KB (414) and
         * ambiguous paths such as {@code /../} or {@code %00} (400, its own "HTTP ERROR" page). Those answers are
         * 4xx without our headers or error format; known gap, noted in the reliability issue.
         */
        boolean rejectedByJettyBeforeTheApp() {
            return status == 414 || status == 431 || (status == 400 && body.contains("<h2>HTTP ERROR 400"));
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }
}
