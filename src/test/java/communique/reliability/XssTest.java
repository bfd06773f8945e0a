package communique.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;
import communique.web.WebApp;

import io.javalin.Javalin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Script payloads stored in titles, bodies, places, official names and roles, and reflected through every search
 * parameter, come out as text: the pages (parsed with jsoup) hold no script but /static ones, no on* attribute, no
 * javascript: link; snippets in the JSON API and the Atom feed hold no tag but mark; and headless Chromium never
 * opens an alert nor runs a payload's {@code window.__xss=1}.
 */
class XssTest {

    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "</mark><script>alert(2)</script>", "\"><svg onload=alert(3)>", "javascript:alert(4)",
            "' onmouseover='alert(5)", "<img src=x onerror=\"window.__xss=1;alert(6)\">",
            "</p></a><script>window.__xss=1</script>");
    static final List<String> PARAMETERS = List.of("q", "official", "country", "role", "from", "to", "sort", "page");
    static final Country EVIL_COUNTRY = new Country("ZZ", "<svg onload=alert(3)>land");
    static final int ARTICLES = 16;

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static Javalin app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.write(dir, articles()));
        app = WebApp.create(backend).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        backend.close();
    }

    static Official official(int i) {
        String payload = PAYLOADS.get(i % PAYLOADS.size());
        return new Official("evil-" + i, "Minister " + payload, "Envoy " + payload, i % 2 == 0 ? "PK" : "ZZ");
    }

    /**
     * Sixteen articles, each with every payload in its body, so a search for payload words pages and highlights
     * inside the payloads.
     */
    static List<ExtractedArticle> articles() {
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String payload = PAYLOADS.get(i % PAYLOADS.size());
            String next = PAYLOADS.get((i + 3) % PAYLOADS.size());
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(i * 40L);
            String body = "The envoy raised an alert " + payload + " about security.\n\nEvery other alert: "
                    + String.join(" ", PAYLOADS) + " & <b>bold</b> talk of cooperation with Pakistan.";
            String url = i % 3 == 0 ? "javascript:alert(4)" : i % 3 == 1 ? " JaVaScRiPt:window.__xss=1" : null;
            Article article = new Article("xss-" + i, "Alert " + payload + " in talks", body, date,
                    "Place " + next, "xss-" + i + ".txt", url);
            articles.add(new ExtractedArticle(article, date, List.of(official(i), TestIndexes.NAQVI),
                    List.of(TestIndexes.PK, EVIL_COUNTRY)));
        }
        return articles;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Stream<String> storedPayloadPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/search?q=alert", "/search?q=alert&page=2",
                "/search?q=script", "/search?q=mark+script", "/search?q=svg+onload", "/search?q=onmouseover",
                "/search?q=%22alert+1%22", "/search?q=img+onerror", "/search?q=xss", "/search?country=ZZ",
                "/search?official=evil-1&official=evil-2", "/country/ZZ", "/country/PK", "/official/mohsin-naqvi"));
        for (int i = 0; i < ARTICLES; i++) {
            pages.add("/article/xss-" + i);
            pages.add("/article/xss-" + i + "?q=alert+script+onerror");
            pages.add("/official/evil-" + i);
            pages.add("/search?role=" + enc(official(i).role()));
        }
        return pages.stream();
    }

    static Stream<String> reflectedPayloadPages() {
        List<String> pages = new ArrayList<>();
        for (String payload : PAYLOADS) {
            for (String parameter : PARAMETERS) {
                String query = parameter.equals("q") ? "q=" + enc("alert " + payload) : "q=alert&" + parameter + "=" + enc(payload);
                pages.add("/search?" + query);
                pages.add("/search?" + query + "&page=2");
                pages.add("/article/xss-1?" + query);
            }
            pages.add("/official/" + enc(payload));
            pages.add("/country/" + enc(payload));
            pages.add("/article/" + enc(payload));
        }
        return pages.stream();
    }

    static Stream<String> feedsAndApi() {
        List<String> urls = new ArrayList<>(List.of("?q=alert", "?q=script+onerror", "?country=ZZ", "?q=alert&page=2"));
        for (String payload : PAYLOADS) {
            for (String parameter : PARAMETERS) {
                urls.add("?q=alert&" + parameter + "=" + enc(payload));
            }
        }
        return urls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedPayloadPages")
    void storedPayloadsRenderAsText(String url) throws Exception {
        RawHttp.Response response = RawHttp.send(app.port(), "GET", url);
        assertThat(response.status()).as(url).isEqualTo(200);
        assertNoActiveContent(response.body(), url);
    }

    @Test
    void payloadsSurviveAsVisibleTextRatherThanBeingDropped() throws Exception {
        Document article = Jsoup.parse(RawHttp.send(app.port(), "GET", "/article/xss-0").body());
        assertThat(article.selectFirst("h1").text()).isEqualTo("Alert <script>alert(1)</script> in talks");
        assertThat(article.body().text()).contains("Minister <script>alert(1)</script>", "<b>bold</b>");
        String query = "alert <svg onload=alert(3)> ' onmouseover='alert(5)";
        Document search = Jsoup.parse(RawHttp.send(app.port(), "GET", "/search?q=" + enc(query)).body());
        assertThat(search.selectFirst("input#q").attr("value")).isEqualTo(query);
        assertThat(search.select("mark")).as(search.select("main").text()).isNotEmpty();
        assertThat(search.select("a[rel=next]").attr("href")).contains("svg").doesNotContain("<", "'", " ");
    }

    @Test
    void javascriptSourceUrlsAreNeverLinked() throws Exception {
        for (int i = 0; i < 2; i++) {
            Document article = Jsoup.parse(RawHttp.send(app.port(), "GET", "/article/xss-" + i).body());
            assertThat(article.select("a").eachAttr("href")).allSatisfy(href ->
                    assertThat(href.strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reflectedPayloadPages")
    void reflectedPayloadsRenderAsText(String url) throws Exception {
        RawHttp.Response response = RawHttp.send(app.port(), "GET", url);
        assertThat(response.status()).as(url).isIn(200, 400, 404);
        assertNoActiveContent(response.body(), url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedsAndApi")
    void feedAndApiSnippetsCarryNoTagButMark(String query) throws Exception {
        RawHttp.Response api = RawHttp.send(app.port(), "GET", "/api/search" + query);
        assertThat(api.header("Content-Type")).startsWith("application/json");
        JsonNode json = JSON.readTree(api.body());
        if (api.status() == 200) {
            for (JsonNode hit : json.get("hits")) {
                assertOnlyMarks(hit.get("snippet").asText(), query);
            }
        } else {
            assertThat(json.get("error").asText()).isNotBlank();
        }
        RawHttp.Response feed = RawHttp.send(app.port(), "GET", "/search.atom" + query);
        if (feed.status() == 200) {
            Document xml = Jsoup.parse(feed.body(), "", Parser.xmlParser());
            assertThat(xml.select("script, svg, img, [onerror], [onload]")).as(query).isEmpty();
            for (Element html : xml.select("[type=html]")) {
                assertOnlyMarks(html.text(), query);
            }
        } else {
            assertNoActiveContent(feed.body(), query);
        }
    }

    @Test
    void chromiumNeverRunsAPayload() throws Exception {
        WebDriver driver = Browser.start();
        try {
            List<String> urls = new ArrayList<>(storedPayloadPages().toList());
            reflectedPayloadPages().filter(url -> url.startsWith("/search?q=alert&") || url.startsWith("/search?q=alert+"))
                    .limit(40).forEach(urls::add);
            for (String url : urls) {
                driver.get("http://localhost:" + app.port() + url);
                assertThatThrownBy(() -> driver.switchTo().alert()).as(url).isInstanceOf(NoAlertPresentException.class);
                Object marker = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined;");
                assertThat(marker).as(url).isEqualTo(Boolean.TRUE);
            }
        } finally {
            driver.quit();
        }
    }

    static void assertNoActiveContent(String html, String where) {
        Document doc = Jsoup.parse(html);
        for (Element element : doc.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                assertThat(element.attr("src")).as(where).startsWith("/static/");
            }
            assertThat(tag).as(where).isNotIn("svg", "img", "iframe", "object", "embed");
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as(where + " " + element.cssSelector()).doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")) {
                    assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as(where)
                            .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
    }

    static void assertOnlyMarks(String snippet, String where) {
        Element body = Jsoup.parseBodyFragment(snippet).body();
        for (Element element : body.getAllElements()) {
            if (element != body) {
                assertThat(element.normalName()).as(where + ": " + snippet).isEqualTo("mark");
                assertThat(element.attributes().size()).as(where + ": " + snippet).isZero();
            }
        }
    }

    /** BrowserTest's headless Chromium setup (Debian's chromium and chromedriver, no download). */
    static final class Browser {

        static WebDriver start() throws Exception {
            Path chromium = Path.of("/usr/bin/chromium");
            Path chromedriver = Path.of("/usr/bin/chromedriver");
            if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
                if (System.getenv("CI") != null) {
                    throw new IllegalStateException("the XSS browser check needs chromium and chromedriver");
                }
                Assumptions.abort("needs chromium and chromedriver (apt-get install chromium chromium-driver)");
            }
            Path profile = Files.createDirectories(Path.of("target", "chromium-xss-" + ProcessHandle.current().pid()));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--window-size=1280,900",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        }
    }
}
