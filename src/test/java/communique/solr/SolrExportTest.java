package communique.solr;

import communique.export.ExportRow;
import communique.extract.ExtractedArticle;
import communique.search.Hit;
import communique.search.InvalidRequestException;
import communique.search.LuceneSearchBackend;
import communique.search.SearchRequest;
import communique.search.SortOrder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports from a two-shard collection with a cursor: the rows are the Solr pages' hits in their order, none twice, and
 * the same articles with the same values as the embedded backend's export of the same corpus.
 */
@ExtendWith(SolrClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrExportTest {

    private static final int ARTICLES = 2 * SolrExport.BATCH + 37;

    private SolrSearchBackend solr;
    private LuceneSearchBackend lucene;

    @BeforeAll
    void index(SolrTestCluster cluster, @TempDir Path dir) throws Exception {
        List<ExtractedArticle> corpus = SyntheticCorpus.articles(ARTICLES, 5);
        new EmbeddedReference(dir.resolve("index"), corpus).close();
        try (SolrNodes nodes = new SolrNodes(cluster.nodeUrls(), "exports")) {
            SearchParityTest.indexIntoSolr(nodes, corpus);
        }
        solr = new SolrSearchBackend(SolrCloudTarget.of(String.join(",", cluster.nodeUrls()), "exports", 2, 2));
        lucene = new LuceneSearchBackend(dir.resolve("index"));
    }

    @AfterAll
    void close() {
        solr.close();
        lucene.close();
    }

    @Test
    void everyArticleOnceInThePagesOrderAndAsTheEmbeddedBackendExportsThem() {
        SearchRequest browse = SearchRequest.of("");
        List<ExportRow> rows = export(solr, browse, Integer.MAX_VALUE);

        assertThat(rows).extracting(ExportRow::id).hasSize(ARTICLES).doesNotHaveDuplicates()
                .containsExactlyElementsOf(pages(browse, ARTICLES));
        List<ExportRow> embedded = export(lucene, browse, Integer.MAX_VALUE);
        assertThat(rows).extracting(ExportRow::date).containsExactlyElementsOf(embedded.stream().map(ExportRow::date).toList());
        assertThat(rows.stream().map(SolrExportTest::withoutSnippet).toList())
                .containsExactlyInAnyOrderElementsOf(embedded.stream().map(SolrExportTest::withoutSnippet).toList());
    }

    @Test
    void aQueryWithFiltersInEitherOrderIsItsPages() {
        for (SortOrder order : SortOrder.values()) {
            SearchRequest request = new SearchRequest("minister", List.of(), List.of("PK"), List.of(), null, null, order, 1);
            long total = solr.search(request).total();
            List<ExportRow> rows = export(solr, request, Integer.MAX_VALUE);
            assertThat(total).isGreaterThan(SolrExport.BATCH / 10);
            assertThat(rows).extracting(ExportRow::id).as(order.param()).containsExactlyElementsOf(pages(request, total));
            assertThat(rows).allSatisfy(row -> assertThat(row.countries()).contains("PK"));
            assertThat(rows.get(0).snippet()).containsIgnoringCase("minister").doesNotContain("<mark>");
            assertThat(export(lucene, request, Integer.MAX_VALUE)).extracting(ExportRow::id)
                    .containsExactlyInAnyOrderElementsOf(rows.stream().map(ExportRow::id).toList());
        }
    }

    @Test
    void theLimitStopsInsideABatch() {
        assertThat(export(solr, SearchRequest.of(""), SolrExport.BATCH + 3)).hasSize(SolrExport.BATCH + 3);
    }

    @Test
    void aQueryThatCannotRunIsRefusedBeforeAnyRow() {
        List<ExportRow> rows = new ArrayList<>();
        assertThatThrownBy(() -> solr.export(SearchRequest.of("\"open"), 10, rows::add))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(rows).isEmpty();
    }

    private List<String> pages(SearchRequest request, long total) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; (page - 1) * 10L < total; page++) {
            solr.search(request.withPage(page)).hits().stream().map(Hit::id).forEach(ids::add);
        }
        return ids;
    }

    private static List<ExportRow> export(communique.search.SearchBackend backend, SearchRequest request, int limit) {
        List<ExportRow> rows = new ArrayList<>();
        backend.export(request, limit, rows::add);
        return rows;
    }

    private static ExportRow withoutSnippet(ExportRow row) {
        return new ExportRow(row.id(), row.date(), row.title(), row.url(), row.officials(), row.roles(), row.countries(),
                null);
    }
}
