package communique.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionReportTest {

    @Test
    void describesOneArticlePerBlock() {
        String report = ExtractionReport.format(
                new EntityExtractor().extract(TestArticles.read(TestArticles.seed("002"))));
        assertThat(report).contains("  date: 2025-04-17", "  official: Mohsin Naqvi | Interior Minister | PK | mohsin-naqvi",
                "  countries: PK Pakistan, GB United Kingdom, AF Afghanistan");
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        EntityExtractor shared = new EntityExtractor();
        communique.article.Article article = TestArticles.read(TestArticles.seed("002"));
        ExtractedArticle expected = shared.extract(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedArticle>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> shared.extract(article)));
            }
            for (Future<ExtractedArticle> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
