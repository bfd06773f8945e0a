package communique.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Handler tests: the server on port 0 over the seed-like fixture, asserting what the pages say. */
class WebAppTest {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void homeListsTheNewestArticlesWithFacets() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(page.body()).contains("5 articles", "Pakistan and UK strengthen extradition collaboration",
                "Mohsin Naqvi · Interior Minister, Pakistan", "United Kingdom", "Articles per year",
                "<label for=\"q\"", "<main", "<nav", "<header", "<footer", "href=\"#results\">Skip to results");
        assertThat(page.body().indexOf("extradition collaboration"))
                .isLessThan(page.body().indexOf("Naqvi meets British minister"));
    }

    @Test
    void countryGbMatchesFourArticles() throws Exception {
        HttpResponse<String> page = server.get("/search?country=GB");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong class=\"total\">4 articles</strong>")
                .contains("Remove filter Country: United Kingdom")
                .contains("href=\"/search?country=GB&amp;country=US\"");
    }

    @Test
    void officialMohsinNaqviMatchesTwoArticles() throws Exception {
        HttpResponse<String> page = server.get("/search?official=mohsin-naqvi");
        assertThat(page.body()).contains("<strong class=\"total\">2 articles</strong>")
                .contains("Remove filter Official: Mohsin Naqvi · Interior Minister, Pakistan");
    }

    @Test
    void gazaMatchesNothingAndSaysSo() throws Exception {
        HttpResponse<String> page = server.get("/search?q=Gaza");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong class=\"total\">0 articles</strong>", "No articles match")
                .doesNotContain("class=\"hit\"");
    }

    @Test
    void zeroResultsWithFiltersOfferTheFiltersToRemove() throws Exception {
        HttpResponse<String> page = server.get("/search?q=extradition&country=US");
        assertThat(page.body()).contains("No articles match", "Without Country: United States",
                "href=\"/search?q=extradition\"");
    }

    @Test
    void snippetsAreHighlightedAndArticleTextIsEscaped() throws Exception {
        HttpResponse<String> page = server.get("/search?q=extremism");
        assertThat(page.body()).contains("<mark>extremism</mark>", "&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void theQueryIsEscapedWhereverItIsShown() throws Exception {
        HttpResponse<String> page = server.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void misspelledNameGetsADidYouMeanLink() throws Exception {
        HttpResponse<String> page = server.get("/search?q=Nakvi");
        assertThat(page.body()).contains("Did you mean").contains("href=\"/search?q=Naqvi\"");
    }

    @Test
    void linksAreCanonical() throws Exception {
        HttpResponse<String> page = server.get("/search?page=1&country=GB&q=pakistan&sort=date&official=mohsin-naqvi");
        assertThat(page.body())
                .contains("href=\"/search?q=pakistan&amp;official=mohsin-naqvi&amp;country=GB\"")
                .contains("href=\"/article/naqvi-nca?q=pakistan&amp;official=mohsin-naqvi&amp;country=GB&amp;sort=date\"")
                .doesNotContain("page=1\"").doesNotContain("=&amp;");
    }

    @Test
    void syntaxErrorIsAFriendly400WithTheQueryKept() throws Exception {
        HttpResponse<String> page = server.get("/search?q=%22unclosed");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("could not be understood").contains("value=\"&quot;unclosed\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?page=-1", "/search?page=1000000000", "/search?page=x", "/search?from=2025-13",
            "/search?from=2026&to=2025", "/search?to=yesterday", "/search?q=*stan", "/search?sort=random",
            "/search?q=file:x", "/search.atom?page=0"})
    void clientMistakesAre400NeverA500(String url) throws Exception {
        HttpResponse<String> page = server.get(url);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at communique.");
    }

    @Test
    void unknownFacetValuesGiveAnEmptyResult() throws Exception {
        HttpResponse<String> page = server.get("/search?country=ZZ&official=nobody&role=Pope");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("0 articles");
    }

    @Test
    void aFacetRepeatedAThousandTimesIsFine() throws Exception {
        assertThat(server.get("/search?" + "country=GB&".repeat(600)).statusCode()).isEqualTo(200);
        assertThat(server.get("/search?" + "country=GB&".repeat(1000)).statusCode()).isEqualTo(414);
    }

    @Test
    void overlongQueriesAre400() throws Exception {
        assertThat(server.get("/search?q=" + "a".repeat(1001)).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownRoutesAndArticlesAre404AndWrongMethods405() throws Exception {
        assertThat(server.get("/nope").statusCode()).isEqualTo(404);
        assertThat(server.get("/nope").body()).contains("Page not found");
        assertThat(server.get("/article/nope").statusCode()).isEqualTo(404);
        assertThat(server.get("/article/..%2F..%2Fetc%2Fpasswd").statusCode()).isBetween(400, 404);
        assertThat(server.get("/article/../../etc/passwd").statusCode()).isBetween(400, 404);
        assertThat(server.get("/official/nobody").statusCode()).isEqualTo(404);
        assertThat(server.get("/country/ZZ").statusCode()).isEqualTo(404);
        assertThat(server.get("/static/../templates/layout.html").statusCode()).isBetween(400, 404);
        assertThat(server.send("POST", "/search").statusCode()).isEqualTo(405);
        assertThat(server.send("DELETE", "/article/naqvi-nca").statusCode()).isEqualTo(405);
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() throws Exception {
        for (String url : List.of("/article/nope", "/official/nobody", "/country/ZZ", "/search?page=-1",
                "/api/search?page=-1", "/article/naqvi-nca", "/search?q=pakistan", "/")) {
            HttpResponse<String> head = server.send("HEAD", url);
            assertThat(head.statusCode()).as(url).isEqualTo(server.get(url).statusCode());
            assertThat(head.body()).as(url).isEmpty();
        }
    }

    @Test
    void unknownAddressesUnderTheApiAnswerInJson() throws Exception {
        for (String url : List.of("/api", "/api/nope", "/api/search/extra")) {
            HttpResponse<String> response = server.get(url);
            assertThat(response.statusCode()).as(url).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).as(url).contains("\"error\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=pakistan", "/static/css/app.css", "/static/js/app.js", "/nope",
            "/search?page=-1", "/api/search?page=-1", "/health", "/article/naqvi-nca", "/search.atom"})
    void everyResponseCarriesTheSecurityHeaders(String url) throws Exception {
        HttpResponse<String> response = server.get(url);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws Exception {
        for (String url : new String[] {"/", "/search?q=pakistan&country=GB", "/article/naqvi-wajid?q=cooperation",
                "/official/mohsin-naqvi", "/country/GB", "/nope"}) {
            String body = server.get(url).body();
            assertThat(body).doesNotContain("style=").doesNotContain("onclick").doesNotContain("<style");
            assertThat(body.replace("<script src=\"/static/js/app.js\" defer></script>", "")).doesNotContain("<script");
        }
    }

    @Test
    void articlePageHighlightsLinksMentionsAndLeadsBack() throws Exception {
        HttpResponse<String> page = server.get("/article/naqvi-wajid?q=cooperation&country=GB");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Naqvi meets British minister Lord Wajid Khan</h1>",
                "<mark>cooperation</mark>", "href=\"/official/mohsin-naqvi\">Mohsin Naqvi</a>",
                "href=\"/country/GB\">United Kingdom</a>", "href=\"/search?q=cooperation&amp;country=GB\"",
                "Back to results for “cooperation”", "More like this", "17 April 2025");
    }

    @Test
    void entityPagesShowCountsRolesAndCompanions() throws Exception {
        HttpResponse<String> official = server.get("/official/mohsin-naqvi");
        assertThat(official.statusCode()).isEqualTo(200);
        assertThat(official.body()).contains("<h1>Mohsin Naqvi</h1>", "Interior Minister", "Pakistan", "2 articles",
                "Jane Marriott", "href=\"/search?official=mohsin-naqvi\"");
        HttpResponse<String> country = server.get("/country/GB");
        assertThat(country.body()).contains("<h1>United Kingdom</h1>", "4 articles", "Nasser Janjua");
    }

    @Test
    void atomFeedListsTheNewestMatchesEscaped() throws Exception {
        HttpResponse<String> feed = server.get("/search.atom?q=pakistan&country=GB");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("atom+xml"));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(4);
        assertThat(feed.body()).contains("<title>Pakistan and UK strengthen extradition collaboration</title>")
                .contains("&lt;mark&gt;");
    }

    @Test
    void staticFilesComeFromTheClasspath() throws Exception {
        HttpResponse<String> css = server.get("/static/css/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".h-20");
    }
}
