package communique.web;

import communique.extract.ExtractedArticle;
import communique.search.TestIndexes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts of a thousand and more are written with a separator ("1,001"): the templates must treat them as text. A
 * comparison of such a count with a number in a template once failed every page of a 20,000-article archive with a
 * 500, which a fixture of a few articles never showed.
 */
class LargeCountsTest {

    @Test
    void pagesWithFourDigitCountsRender(@TempDir Path dir) throws Exception {
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            articles.add(TestIndexes.extracted("a" + i, "Round " + i, "Talks, round " + i + ".",
                    LocalDate.of(2024, 1 + i % 12, 1), null, List.of(TestIndexes.NAQVI), List.of(TestIndexes.PK)));
        }
        try (TestServer server = new TestServer(dir, articles)) {
            HttpResponse<String> page = server.get("/search");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<span class=\"count\">1,001</span><span class=\"visually-hidden\"> articles</span>");
            HttpResponse<String> official = server.get("/official/mohsin-naqvi");
            assertThat(official.statusCode()).isEqualTo(200);
            assertThat(official.body()).contains("1,001 articles")
                    .containsPattern("1,001</span><span\\s+class=\"visually-hidden\"\\s*> shared articles</span>");
        }
    }
}
