package communique.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import communique.article.HostileText;
import communique.extract.EntityExtractor;
import communique.index.IndexProgress;
import communique.index.Indexer;
import communique.search.LuceneSearchBackend;
import communique.web.WebApp;

import io.javalin.Javalin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control characters end to end: articles whose titles and bodies carry every C0 and C1 control, U+FFFE, U+FFFF and
 * lone surrogates (through jsonl \\u escapes and HTML character references, as the attack stored them) are indexed
 * by the real indexer and served by the real server; then every feed (the default one, one per article, one per
 * control character in {@code q}) is strict UTF-8 and well-formed XML, every API answer is strict JSON whose strings
 * hold no such character, and no page holds one raw. Before the fix, one stored article broke the default feed for
 * everyone.
 */
class ControlCharactersTest {

    private static final int ARTICLES = 200;
    private static final String STORY = "ISLAMABAD: Foreign Minister Ishaq Dar met the British envoy on Monday.";

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static Javalin app;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void indexAndStart() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        HostileText hostile = new HostileText(7);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            jsonl.append("{\"id\":\"h").append(i).append("\",\"date\":\"2024-05-").append(10 + i % 20)
                    .append("\",\"title\":\"").append(HostileText.jsonEscaped(hostile.next(25))).append("\",\"body\":\"")
                    .append(HostileText.jsonEscaped(hostile.next(50))).append(" token").append(i).append(' ')
                    .append(STORY).append(' ').append(HostileText.jsonEscaped(hostile.next(50))).append("\"}\n");
        }
        Files.writeString(folder.resolve("hostile.jsonl"), jsonl);
        StringBuilder refs = new StringBuilder();
        for (int c = 1; c < 0x20; c++) {
            refs.append("&#").append(c).append(";x");
        }
        Files.writeString(folder.resolve("refs.html"), "<html><head><title>Refs " + refs + "</title>"
                + "<meta name=\"date\" content=\"2030-01-01\"></head><body><article><p>tokenrefs " + refs + " " + STORY
                + " &#xFFFE;&#xFFFF;&#xD800;&#x85;&#x9B;</p></article></body></html>");
        new Indexer(dir.resolve("index"), new EntityExtractor(), 2).index(List.of(folder), IndexProgress.NONE);
        backend = new LuceneSearchBackend(dir.resolve("index"));
        app = WebApp.create(backend).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        backend.close();
    }

    @Test
    void everyFeedIsWellFormed() throws Exception {
        List<String> feeds = new ArrayList<>(List.of("/search.atom", "/search.atom?q=tokenrefs",
                "/search.atom?q=%EF%BF%BE", "/search.atom?q=%EF%BF%BF", "/search.atom?q=%C2%85x", "/search.atom?q=%ED%A0%80"));
        for (int c = 0; c < 0x20; c++) {
            feeds.add(String.format("/search.atom?q=a%%%02Xb", c));
        }
        feeds.add("/search.atom?q=%7F");
        for (int i = 0; i < ARTICLES; i++) {
            feeds.add("/search.atom?q=token" + i);
        }
        int entries = 0;
        for (String feed : feeds) {
            byte[] body = get(feed);
            entries += count(parseXml(feed, body), "<entry>");
        }
        assertThat(entries).as("the feeds showed the hostile articles").isGreaterThanOrEqualTo(ARTICLES);
    }

    @Test
    void everyApiAnswerIsStrictJsonWithoutControlCharacters() throws Exception {
        ObjectMapper strict = new ObjectMapper();
        for (int i = 0; i < ARTICLES; i += 7) {
            for (String target : List.of("/api/search?q=token" + i, "/api/article/h" + i + "?q=token" + i)) {
                JsonNode json = strict.readTree(strictUtf8(target, get(target)));
                assertNoForbiddenText(target, json);
            }
        }
        assertNoForbiddenText("refs", strict.readTree(strictUtf8("refs", get("/api/search?q=tokenrefs"))));
    }

    @Test
    void noPageHoldsARawControlCharacter() throws Exception {
        for (String target : List.of("/", "/search?q=tokenrefs", "/search?q=a%01b%1Bc", "/search?q=%01%22unclosed%1B",
                "/article/h1", "/article/h2",
                "/search?q=token3")) {
            String page = strictUtf8(target, get(target));
            assertThat(HostileText.firstForbidden(page)).as(target).isEqualTo(-1);
        }
    }

    private static byte[] get(String target) throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                + target)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(target).isBetween(200, 499);
        return response.body();
    }

    private static String strictUtf8(String what, byte[] bytes) {
        try {
            return StrictXml.utf8(bytes);
        } catch (Exception e) {
            throw new AssertionError(what + " is not valid UTF-8", e);
        }
    }

    private static String parseXml(String what, byte[] bytes) throws Exception {
        String text = strictUtf8(what, bytes);
        try {
            StrictXml.parse(bytes);
        } catch (Exception e) {
            throw new AssertionError(what + " is not well-formed XML: " + e.getMessage(), e);
        }
        return text;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static void assertNoForbiddenText(String what, JsonNode node) {
        if (node.isTextual()) {
            assertThat(HostileText.firstForbidden(node.asText())).as("%s: %s", what, node.asText()).isEqualTo(-1);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            assertNoForbiddenText(what, children.next());
        }
    }
}
