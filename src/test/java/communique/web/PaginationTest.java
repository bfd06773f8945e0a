package communique.web;

import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;

import io.javalin.Javalin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging, long facet lists and the month chart, on 35 generated articles. */
class PaginationTest {

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static Javalin app;

    @BeforeAll
    static void start() throws Exception {
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            Official official = new Official("envoy-" + i, "Envoy Number" + i, "Special Envoy", "PK");
            articles.add(TestIndexes.extracted("a" + i, "Talks round " + i, "Envoy talks on trade, round " + i + ".",
                    LocalDate.of(2024, 1 + i % 12, 1 + i % 28), null, List.of(official),
                    List.of(new Country("PK", "Pakistan"))));
        }
        backend = new LuceneSearchBackend(TestIndexes.write(dir, articles));
        app = WebApp.create(backend).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        backend.close();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void pagesLinkCanonicallyAndMarkTheCurrentOne() throws Exception {
        String page2 = get("/search?q=talks&page=2");
        assertThat(page2).contains("35 articles", "href=\"/search?q=talks\" rel=\"prev\"",
                "href=\"/search?q=talks&amp;page=3\" rel=\"next\"", "aria-current=\"page\" aria-label=\"Page 2\"");
        assertThat(page2.split("class=\"hit\"", -1)).hasSize(11);
        String page4 = get("/search?q=talks&page=4");
        assertThat(page4.split("class=\"hit\"", -1)).hasSize(6);
        assertThat(page4).doesNotContain("rel=\"next\"");
        assertThat(get("/search?q=talks&page=9")).contains("There is no page 9; the results end on page 4.");
    }

    @Test
    void longFacetListsShowTheTopValuesAndHideTheRestBehindMore() throws Exception {
        String page = get("/search");
        assertThat(page).contains("Show 27 more", "class=\"facet-filter\" hidden");
    }

    @Test
    void aYearWithinThePeriodIsChartedByMonth() throws Exception {
        String page = get("/search?from=2024&to=2024");
        assertThat(page).contains("Articles per month, 2024", "2024-01: 3 articles", "2024-12: 2 articles");
        String month = get("/search?from=2024-03&to=2024-03");
        assertThat(month).contains("3 articles", "href=\"/search?from=2024&amp;to=2024\"");
    }
}
