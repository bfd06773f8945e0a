package communique.solr;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.index.Fields;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages' other requests on SolrCloud: escaped snippets, the article page, related articles, paging, "did you mean". */
@ExtendWith(SolrClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrSearchTest {

    private SolrNodes nodes;
    private SolrSearch search;

    @BeforeAll
    void index(SolrTestCluster cluster) throws Exception {
        nodes = new SolrNodes(cluster.nodeUrls(), "pages");
        Official naqvi = new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK");
        List<ExtractedArticle> articles = List.of(
                article("hostile", "Minister <b>quoted</b>", "The minister said <script>alert(1)</script> & more about the summit.",
                        List.of(naqvi)),
                article("pipeline-1", "Gas pipeline talks resume", "Pipeline talks on gas supply resumed between the two governments; the pipeline would cross the border.",
                        List.of()),
                article("pipeline-2", "Gas pipeline deal near", "Officials said the gas pipeline deal was near after talks on supply and pipeline tariffs.",
                        List.of()),
                article("cricket", "Cricket tour announced", "The board announced a cricket tour for the spring season.", List.of()),
                article("summit", "Summit opens", "Leaders gathered as the summit opened in the capital.", List.of(naqvi)));
        SearchParityTest.indexIntoSolr(nodes, articles);
        search = new SolrSearch(nodes);
    }

    @AfterAll
    void close() {
        nodes.close();
    }

    private static ExtractedArticle article(String id, String title, String body, List<Official> officials) {
        LocalDate date = LocalDate.of(2025, 4, 1).plusDays(id.length());
        return new ExtractedArticle(new Article(id, title, body, date, "LONDON", id + ".txt", "https://example.org/" + id),
                date, officials, List.of(new Country("GB", "United Kingdom")));
    }

    @Test
    void snippetsEscapeTheArticleTextAndMarkOnlyTheMatches() throws Exception {
        SolrSearch.Page page = searchOf(criteria("minister", 1, 10));

        String snippet = page.hits().get(0).snippet();
        assertThat(snippet).contains("<mark>minister</mark>").contains("&lt;script&gt;").contains("&amp;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void theArticlePageGetsTheWholeStoredArticleAndNothingForAnUnknownId() throws Exception {
        SolrSearch.StoredArticle article = search.article("hostile").orElseThrow();

        assertThat(article.body()).contains("<script>");
        assertThat(article.source()).isEqualTo("hostile.txt");
        assertThat(article.url()).isEqualTo("https://example.org/hostile");
        assertThat(article.summary().officials()).extracting(Official::key).containsExactly("mohsin-naqvi");
        assertThat(article.summary().countryCodes()).containsExactly("GB");
        assertThat(article.summary().date()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(search.article("no-such-article")).isEmpty();
        assertThat(search.article("id:* OR *:*")).isEmpty();
    }

    @Test
    void relatedArticlesLeaveTheArticleOutAndPutTheClosestFirst() throws Exception {
        List<SolrSearch.Found> related = search.moreLikeThis("pipeline-1", 3);

        assertThat(related).extracting(SolrSearch.Found::id).doesNotContain("pipeline-1").first().isEqualTo("pipeline-2");
    }

    @Test
    void pagesDoNotOverlapAndPagingStopsAtTheDeepestHit() throws Exception {
        List<String> first = ids(searchOf(criteria("", 1, 2)));
        List<String> second = ids(searchOf(criteria("", 2, 2)));

        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
        assertThatThrownBy(() -> criteria("", 3, 2).withDepth(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the deepest hit");
    }

    @Test
    void suggestsAWordTheIndexKnowsForOneItDoesNot() throws Exception {
        assertThat(search.suggestion("sumit talks")).isEqualTo("summit talks");
        assertThat(search.suggestion("Cricet")).isEqualTo("Cricket");
        assertThat(search.suggestion("pipeline talks")).isNull();
    }

    @Test
    void selectedFacetValuesFilterAndKeepTheirCount() throws Exception {
        SolrSearch.Page page = search.search(new SolrSearch.Criteria(null, Map.of(Fields.OFFICIAL, List.of("mohsin-naqvi")),
                null, null, true, 1, 10, 1000, true));

        assertThat(ids(page)).containsExactlyInAnyOrder("hostile", "summit");
        assertThat(page.facets().get(Fields.ROLE)).containsExactly(new SolrSearch.Count("Interior Minister", 2));
        assertThat(page.facets().get(Fields.COUNTRY)).containsExactly(new SolrSearch.Count("GB", 2));
    }

    private static Criteria criteria(String query, int page, int size) {
        return new Criteria(query, page, size);
    }

    /** A small builder so tests read as the page's requests. */
    private record Criteria(String query, int page, int size) {
        SolrSearch.Criteria withDepth(int depth) {
            return new SolrSearch.Criteria(query.isBlank() ? null : EmbeddedReference.parse(query), Map.of(), null, null,
                    query.isBlank(), page, size, depth, true);
        }
    }

    private SolrSearch.Page searchOf(Criteria criteria) throws Exception {
        return search.search(criteria.withDepth(1000));
    }

    private static List<String> ids(SolrSearch.Page page) {
        return page.hits().stream().map(SolrSearch.Found::id).toList();
    }
}
