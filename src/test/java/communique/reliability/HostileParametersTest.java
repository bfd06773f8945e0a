package communique.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;
import communique.web.WebApp;

import io.javalin.Javalin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against hostile parameters, ids, unknown paths and wrong methods: the answer is a 2xx or a 4xx
 * (HTML page, or JSON {@code {"error": …}} under /api and /health), never a 5xx, never a stack trace, and it always
 * carries the security headers. Requests go over a raw socket so broken %-escapes reach the server as written.
 */
class HostileParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> ROUTES = List.of("/", "/search", "/api/search", "/search.atom",
            "/article/janjua-uk", "/api/article/janjua-uk", "/official/mohsin-naqvi", "/country/GB", "/health",
            "/static/css/app.css");

    private static final List<String> HOSTILE_QUERIES = List.of(
            "page=-1", "page=0", "page=1000000000", "page=99999999999999999999", "page=abc", "page=%00",
            "from=2025-13-45", "from=2025-02-30", "from=2025&to=2020", "from=notadate", "to=99999-01-01",
            "from=-2025", "sort=bogus", "sort=%00",
            "country=GB&".repeat(500) + "q=uk",
            "country=GB&".repeat(1_000) + "q=uk",
            IntStream.range(0, 300).mapToObj(i -> "official=o" + i).collect(Collectors.joining("&")),
            "q=" + "a".repeat(2_000),
            "q=" + "pakistan+".repeat(900),
            "q=" + "x".repeat(8_192),
            "official=" + "x".repeat(5_000),
            "q=%E0%A4%A", "q=%", "q=%ZZ", "q=%C0%AF", "q=%FF%FE", "q=%00", "q=%22open", "q=*x", "q=a~~~~",
            "q=/.*/", "q=(((((a", "q=minister~9", "q=" + "(".repeat(40) + "a" + ")".repeat(40),
            "q=" + "w%20OR%20".repeat(300) + "w", "q=a%20AND", "q=AND+OR+NOT", "q=title:%5B*+TO+*%5D",
            "official=nobody-at-all", "country=XX", "country=%00", "role=No+Such+Role", "role=%3Cscript%3E",
            "%=%", "&&&", "q", "=x", "page", "q[]=a", "q=a&q=b&page=1&page=2");

    private static final List<String> HOSTILE_IDS = List.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00",
            "no-such-thing", "%ZZ", "a%2Fb", "%2e%2e", "..", ".", "%E0%A4%A", "x".repeat(3_000), "%3Cscript%3E",
            "C:%5Cwindows", "%252e%252e%252f");

    private static final List<String> UNKNOWN = List.of("/nope", "/api/nope", "/api", "/search/extra",
            "/article/", "/article", "/official/", "/country", "/static/", "/static/nope.css",
            "/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2F..%2Fpom.xml", "/WEB-INF/web.xml",
            "/%00", "/%ZZ", "/search%00", "/.git/config", "/api/search/", "/health/x");

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.seedLike(dir));
        app = WebApp.create(backend).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        backend.close();
    }

    static Stream<Arguments> hostileRequests() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : ROUTES) {
            for (String query : HOSTILE_QUERIES) {
                cases.add(Arguments.of("GET", route + "?" + query));
            }
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                cases.add(Arguments.of(method, route));
            }
        }
        for (String prefix : List.of("/article/", "/api/article/", "/official/", "/country/", "/static/")) {
            for (String id : HOSTILE_IDS) {
                cases.add(Arguments.of("GET", prefix + id));
            }
        }
        UNKNOWN.forEach(path -> cases.add(Arguments.of("GET", path)));
        UNKNOWN.forEach(path -> cases.add(Arguments.of("POST", path)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileRequests")
    void answersWithAClientErrorOrAResultNeverAServerError(String method, String target) throws Exception {
        RawHttp.Response response = RawHttp.send(app.port(), method, target);
        String what = method + " " + abbreviate(target) + " -> " + response.status() + " " + abbreviate(response.body());

        assertThat(response.status()).as(what).isBetween(200, 499);
        assertThat(response.body()).as(what)
                .doesNotContain("Exception", "at communique.", "at org.", "at io.javalin", "at java.");
        assertSecurityHeaders(response, what);
        if (response.status() >= 400) {
            assertHelpfulError(target, response, what);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownFacetValues")
    void unknownFacetValuesGiveAnEmptyResult(String query) throws Exception {
        RawHttp.Response response = RawHttp.send(app.port(), "GET", "/api/search?" + query);
        assertThat(response.status()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("total").asLong()).isZero();
        assertThat(result.get("hits")).isEmpty();
    }

    static Stream<String> unknownFacetValues() {
        return Stream.of("official=nobody-at-all", "country=XX", "role=No+Such+Role", "q=pakistan&country=ZZ",
                "official=mohsin-naqvi&country=US", "from=1900&to=1901");
    }

    private static void assertSecurityHeaders(RawHttp.Response response, String what) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).as("CSP on " + what).isNotNull().contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).as("nosniff on " + what).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as("Referrer-Policy on " + what).isNotBlank();
    }

    private static void assertHelpfulError(String target, RawHttp.Response response, String what) throws Exception {
        String contentType = String.valueOf(response.header("Content-Type"));
        if (response.body().contains("/badMessage")) {
            // refused by Jetty before any route runs (broken path escapes, a URI over 8 KB): its own short page,
            // HTML even under /api since the path was never parsed
            assertThat(response.status()).as(what).isIn(400, 414, 431);
            assertThat(contentType).as(what).startsWith("text/html");
            assertThat(response.body()).as(what).contains("HTTP ERROR " + response.status());
        } else if (target.startsWith("/api/") || target.equals("/health") || target.startsWith("/health?")) {
            assertThat(contentType).as(what).startsWith("application/json");
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error).as(what).isNotNull();
            assertThat(error.asText()).as(what).isNotBlank();

        } else {
            assertThat(contentType).as(what).startsWith("text/html");
            assertThat(response.body()).as(what).contains("<html").containsIgnoringCase("<h1");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
