package communique.reliability;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escapes that Jetty's lenient mode let through to Javalin's own decoding of path parameters ({@code %u0041}, which
 * threw: a 500 and a 3.6 KB stack trace in the log per 30-byte request), on every route with a path parameter and
 * on the others: a 400 or 404 with a helpful page or JSON, never a 5xx. Over a raw socket, so the escapes reach the
 * server as written.
 */
class PathDecodingTest {

    private static final List<String> PARAM_ROUTES = List.of("/article/", "/api/article/", "/official/", "/country/");
    private static final List<String> SEGMENTS = List.of("%u0041", "%U0041", "%u00e9", "%uD800", "%uDC00x", "%u",
            "%u00", "%uZZZZ", "janjua-uk%u0041", "%u002e%u002e", "%u002F", "%25u0041", "a+b", "%2B", "%%", "%2",
            "%-1", "%C0%80", "%ED%A0%80", "%F4%90%80%80");

    @RegisterExtension
    static final SeedServer server = new SeedServer();

    static Stream<Arguments> targets() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : PARAM_ROUTES) {
            for (String segment : SEGMENTS) {
                cases.add(Arguments.of(route + segment));
            }
        }
        for (String segment : SEGMENTS.subList(0, 4)) {
            cases.add(Arguments.of("/" + segment));
            cases.add(Arguments.of("/search/" + segment));
            cases.add(Arguments.of("/static/" + segment));
            cases.add(Arguments.of("/search?q=" + segment));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("targets")
    void answersAClientErrorOrAPageNeverAServerError(String target) throws Exception {
        RawHttp.Response response = RawHttp.send(server.port(), "GET", target);

        assertThat(response.status()).as(target).isIn(200, 400, 404);
        if (target.contains("?")) {
            assertThat(response.status()).as(target).isEqualTo(200);
        } else if (target.contains("%u") || target.contains("%U")) {
            assertThat(response.status()).as(target + ": an escape no standard knows").isEqualTo(400);
        }
        assertThat(response.body()).as(target).doesNotContain("at org.", "at java.", "Exception");
        assertThat(response.header("Content-Security-Policy")).as(target).isNotNull();
    }
}
