package communique.search;

import communique.export.ExportRow;
import communique.extract.ExtractedArticle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports over more hits than one batch holds: the rows are the results pages' hits, in their order, none twice,
 * whatever the order, the filters and the limit. Many articles share a date and a score, so batch boundaries fall
 * inside runs of ties.
 */
class LuceneExportTest {

    private static final int ARTICLES = 2 * LuceneExport.BATCH + 57;

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static LuceneSearchBackend sliced;

    @BeforeAll
    static void open() throws Exception {
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String words = "talks ".repeat(1 + i % 3) + (i % 2 == 0 ? "on gas supply" : "on trade");
            articles.add(TestIndexes.extracted(String.format("a%03d", i), "Article " + i, "Ministers held " + words + ".",
                    LocalDate.of(2020, 1, 1).plusDays(i / 7), null,
                    i % 5 == 0 ? List.of(TestIndexes.NAQVI) : List.of(), List.of(i % 4 == 0 ? TestIndexes.GB : TestIndexes.PK)));
        }
        int quarter = articles.size() / 4 + 1;
        for (int from = 0; from < articles.size(); from += quarter) { // one segment per commit: searches can be sliced
            TestIndexes.write(dir, articles.subList(from, Math.min(articles.size(), from + quarter)));
        }
        backend = new LuceneSearchBackend(dir);
        sliced = new LuceneSearchBackend(dir, 0, Limits.TIMEOUT_MILLIS, new SearchSlicing(3, 0));
    }

    @AfterAll
    static void close() {
        backend.close();
        sliced.close();
    }

    @Test
    void aSearchSplitAcrossTheCoresExportsTheSameRowsInTheSameOrder() throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).as("segments to slice").hasSizeGreaterThanOrEqualTo(3);
        }
        for (SearchRequest request : List.of(request(""), request("talks"), request("gas").withSort(SortOrder.DATE))) {
            List<ExportRow> rows = new ArrayList<>();
            sliced.export(request, Integer.MAX_VALUE, rows::add);
            assertThat(rows).as(request.query()).isEqualTo(export(request, Integer.MAX_VALUE));
        }
    }

    @Test
    void browsingExportsEveryArticleInThePagesOrder() {
        assertExportIsThePages(request(""), ARTICLES);
    }

    @Test
    void aQueryInRelevanceOrderExportsThePagesHitsWithTheirSnippets() {
        SearchRequest request = request("talks");
        assertExportIsThePages(request, ARTICLES);
        ExportRow first = export(request, 1).get(0);
        assertThat(first.snippet()).contains("talks").doesNotContain("<mark>");
    }

    @Test
    void filtersAndDateOrderAreThePages() {
        SearchRequest request = SearchRequest.parse(Map.of("q", List.of("gas"), "country", List.of("GB"),
                "sort", List.of("date"), "from", List.of("2020-02")));
        long total = backend.search(request).total();
        assertThat(total).isGreaterThan(10);
        assertExportIsThePages(request, (int) total);
        assertThat(export(request, Integer.MAX_VALUE)).allSatisfy(row -> {
            assertThat(row.countries()).containsExactly("GB");
            assertThat(row.date()).isAfterOrEqualTo(LocalDate.of(2020, 2, 1));
        });
    }

    @Test
    void theLimitStopsTheExportAtThatManyRowsEvenInsideABatch() {
        assertThat(export(request(""), LuceneExport.BATCH + 1)).hasSize(LuceneExport.BATCH + 1);
        assertThat(export(request(""), 3)).extracting(ExportRow::id)
                .containsExactlyElementsOf(ids(backend.search(request("")).hits()).subList(0, 3));
    }

    @Test
    void aRowCarriesTheArticlesValues() {
        ExportRow row = export(SearchRequest.parse(Map.of("q", List.of("title:\"Article 10\""))), 10).get(0);

        assertThat(row).isEqualTo(new ExportRow("a010", LocalDate.of(2020, 1, 2), "Article 10", "/article/a010",
                List.of("Mohsin Naqvi"), List.of("Interior Minister"), List.of("PK"),
                "Ministers held talks talks on gas supply."));
    }

    @Test
    void aQueryThatCannotRunIsRefusedBeforeAnyRow() {
        List<ExportRow> rows = new ArrayList<>();
        assertThatThrownBy(() -> backend.export(request("*talks"), 10, rows::add))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(rows).isEmpty();
    }

    private static void assertExportIsThePages(SearchRequest request, int total) {
        List<String> pages = new ArrayList<>();
        for (int page = 1; (page - 1) * Limits.PAGE_SIZE < total; page++) {
            pages.addAll(ids(backend.search(request.withPage(page)).hits()));
        }
        List<String> exported = export(request, Integer.MAX_VALUE).stream().map(ExportRow::id).toList();
        assertThat(exported).hasSize(total).doesNotHaveDuplicates().containsExactlyElementsOf(pages);
    }

    private static List<ExportRow> export(SearchRequest request, int limit) {
        List<ExportRow> rows = new ArrayList<>();
        backend.export(request, limit, rows::add);
        return rows;
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }

    private static SearchRequest request(String query) {
        return SearchRequest.of(query);
    }
}
