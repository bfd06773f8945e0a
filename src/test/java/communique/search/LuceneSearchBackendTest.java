package communique.search;

import communique.extract.Official;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneSearchBackendTest {

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;

    @BeforeAll
    static void open() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.seedLike(dir));
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    private static SearchResult search(String query, String... params) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        map.put("q", List.of(query));
        for (int i = 0; i < params.length; i += 2) {
            map.computeIfAbsent(params[i], k -> new java.util.ArrayList<>()).add(params[i + 1]);
        }
        return backend.search(SearchRequest.parse(map));
    }

    private static FacetValue value(List<FacetValue> values, String value) {
        return values.stream().filter(v -> v.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void emptyQueryBrowsesEverythingNewestFirst() {
        SearchResult result = search("");
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.sort()).isEqualTo("date");
        assertThat(result.hits()).extracting(Hit::date).containsExactly(LocalDate.of(2025, 5, 22),
                LocalDate.of(2025, 4, 17), LocalDate.of(2021, 10, 8), LocalDate.of(2018, 3, 6), LocalDate.of(2016, 10, 3));
        assertThat(value(result.facets().country(), "GB").count()).isEqualTo(4);
        assertThat(result.hits().get(0).snippet()).isNotBlank();
    }

    @Test
    void countryGbMatchesFourArticles() {
        assertThat(search("", "country", "GB").total()).isEqualTo(4);
        assertThat(search("", "country", "gb").total()).isEqualTo(4);
    }

    @Test
    void officialNaqviMatchesTwoArticlesAndIsLabelledWithRoleAndCountry() {
        SearchResult result = search("", "official", "mohsin-naqvi");
        assertThat(result.total()).isEqualTo(2);
        FacetValue naqvi = value(result.facets().official(), "mohsin-naqvi");
        assertThat(naqvi.label()).isEqualTo("Mohsin Naqvi · Interior Minister, Pakistan");
        assertThat(naqvi.selected()).isTrue();
        assertThat(naqvi.count()).isEqualTo(2);
    }

    @Test
    void gazaMatchesNothing() {
        SearchResult result = search("Gaza");
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void multiSelectWithinAFacetIsOrAndKeepsTheOtherValuesCounts() {
        SearchResult gb = search("", "country", "GB");
        assertThat(value(gb.facets().country(), "US").count()).isEqualTo(1);
        assertThat(value(gb.facets().country(), "GB").selected()).isTrue();
        assertThat(value(gb.facets().country(), "US").selected()).isFalse();
        assertThat(search("", "country", "GB", "country", "US").total()).isEqualTo(5);
    }

    @Test
    void differentFacetsCombineWithAnd() {
        assertThat(search("", "country", "US", "official", "mohsin-naqvi").total()).isZero();
        assertThat(search("", "country", "GB", "role", "Interior Minister").total()).isEqualTo(3);
    }

    @Test
    void datePeriodFiltersAndTheYearFacetKeepsOtherYears() {
        SearchResult result = search("", "from", "2025", "to", "2025");
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().year()).extracting(FacetValue::value)
                .containsExactly("2016", "2018", "2021", "2025");
        assertThat(value(result.facets().year(), "2025").selected()).isTrue();
        assertThat(result.facets().month()).extracting(FacetValue::value).containsExactly("2025-04", "2025-05");
        assertThat(search("", "from", "2025-05-01").total()).isEqualTo(1);
        assertThat(search("", "to", "2018-03").total()).isEqualTo(2);
    }

    @Test
    void snippetsMarkTheQueryTermsAndEscapeTheArticleText() {
        SearchResult result = search("extremism");
        assertThat(result.total()).isEqualTo(1);
        String snippet = result.hits().get(0).snippet();
        assertThat(snippet).contains("<mark>extremism</mark>").contains("&lt;script&gt;").doesNotContain("<script");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void stemmingPhrasesOperatorsAndFieldsWork() {
        assertThat(search("relationships").total()).isEqualTo(2);
        assertThat(search("\"United Kingdom\"").total()).isEqualTo(3);
        assertThat(search("extradition OR narcotics").total()).isEqualTo(2);
        assertThat(search("Pakistan -extradition").total()).isEqualTo(4);
        assertThat(search("Pakistan NOT extradition").total()).isEqualTo(4);
        assertThat(search("official:naqvi").total()).isEqualTo(2);
        assertThat(search("official:mohsin-naqvi").total()).isEqualTo(2);
        assertThat(search("country:\"united states\"").total()).isEqualTo(1);
        assertThat(search("country:us").total()).isEqualTo(1);
        assertThat(search("role:\"interior minister\"").total()).isEqualTo(3);
        assertThat(search("title:extradition").total()).isEqualTo(1);
        assertThat(search("extradit*").total()).isEqualTo(1);
    }

    @Test
    void syntaxErrorsAndExpensiveQueriesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> search("\"unclosed")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("could not be understood");
        assertThatThrownBy(() -> search("*stan")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot start with *");
        assertThatThrownBy(() -> search("pa*stan")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("trailing *");
        assertThatThrownBy(() -> search("/pak.*/")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Regular expressions");
        assertThatThrownBy(() -> search("file:passwd")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Unknown field");
        assertThatThrownBy(() -> search("date:[1 TO 2]")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void tooManyClausesIsQueryTooComplex() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            many.append((char) ('\u4e00' + i)); // each ideograph is a token: 600 terms in each of two fields
        }
        Map<String, List<String>> params = Map.of("q", List.of(many.toString()));
        assertThatThrownBy(() -> backend.search(SearchRequest.parse(params)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("too complex");
    }

    @Test
    void misspelledOfficialGetsADidYouMean() {
        SearchResult stemmed = search("Naqvy");
        assertThat(stemmed.total()).isEqualTo(2);
        assertThat(stemmed.suggestion()).isEqualTo("Naqvi");
        SearchResult none = search("Nakvi meets");
        assertThat(none.total()).isZero();
        assertThat(none.suggestion()).isEqualTo("Naqvi meets");
        assertThat(search("extradtion").suggestion()).isEqualTo("extradition");
        assertThat(search("Pakistan").suggestion()).isNull();
    }

    @Test
    void pagingPastTheResultsIsEmptyAndPastTheDepthIsRefused() {
        SearchResult result = search("", "page", "3");
        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isEqualTo(5);
        assertThatThrownBy(() -> search("", "page", "101")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Results stop at 1,000");
    }

    @Test
    void articleViewMarksQueryTermsAndLinksMentions() {
        ArticleView view = backend.article("naqvi-wajid", "cooperation").orElseThrow();
        assertThat(view.title()).isEqualTo("Naqvi meets British minister Lord Wajid Khan");
        assertThat(view.paragraphs()).hasSize(2);
        List<TextSegment> all = view.paragraphs().stream().flatMap(List::stream).toList();
        assertThat(all).anySatisfy(s -> assertThat(s).isEqualTo(new TextSegment("cooperation", true, null, null)));
        assertThat(all).anySatisfy(s -> assertThat(s)
                .isEqualTo(new TextSegment("Mohsin Naqvi", false, "mohsin-naqvi", null)));
        assertThat(all).anySatisfy(s -> assertThat(s)
                .isEqualTo(new TextSegment("United Kingdom", false, null, "GB")));
        assertThat(String.join("", all.stream().map(TextSegment::text).toList()))
                .startsWith("ISLAMABAD – Interior Minister Mohsin Naqvi met");
        assertThat(view.related()).isNotEmpty().extracting(Hit::id).doesNotContain("naqvi-wajid");
    }

    @Test
    void unknownOrPathLikeArticleIdsAreEmpty() {
        assertThat(backend.article("../../etc/passwd", "")).isEmpty();
        assertThat(backend.article("nope", null)).isEmpty();
        assertThat(backend.article("x".repeat(5000), null)).isEmpty();
    }

    @Test
    void officialPageHasRolesCountsTimelineAndCompanions() {
        EntityPage page = backend.official("mohsin-naqvi").orElseThrow();
        assertThat(page.name()).isEqualTo("Mohsin Naqvi");
        assertThat(page.roles()).containsExactly("Interior Minister");
        assertThat(page.country()).isEqualTo("Pakistan");
        assertThat(page.articleCount()).isEqualTo(2);
        assertThat(page.timeline()).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025", 2L));
        assertThat(page.officials()).extracting(FacetValue::value)
                .containsExactlyInAnyOrder("jane-marriott", "graeme-biggar");
        assertThat(page.countries()).extracting(FacetValue::value).containsExactlyInAnyOrder("PK", "GB");
        assertThat(backend.official("nobody")).isEmpty();
    }

    @Test
    void countryPageListsItsArticlesAndOfficials() {
        EntityPage page = backend.country("gb").orElseThrow();
        assertThat(page.name()).isEqualTo("United Kingdom");
        assertThat(page.articleCount()).isEqualTo(4);
        assertThat(page.articles()).hasSize(4);
        assertThat(page.countries()).extracting(FacetValue::value).containsExactly("PK");
        assertThat(backend.country("ZZ")).isEmpty();
        assertThat(backend.country("../x")).isEmpty();
    }

    @Test
    void healthReportsTheArticleCount() {
        assertThat(backend.health().articles()).isEqualTo(5);
        assertThat(backend.health().status()).isEqualTo("ok");
    }

    @Test
    void newCommitIsPickedUpWithoutRestart(@TempDir Path other) throws Exception {
        TestIndexes.seedLike(other);
        try (LuceneSearchBackend live = new LuceneSearchBackend(other)) {
            assertThat(live.search(SearchRequest.of("Gaza")).total()).isZero();
            TestIndexes.write(other, List.of(TestIndexes.extracted("gaza", "Ceasefire talks on Gaza",
                    "Talks on Gaza resumed.", LocalDate.of(2025, 6, 1), null, List.<Official>of(), List.of())));
            live.refresh();
            assertThat(live.search(SearchRequest.of("Gaza")).total()).isEqualTo(1);
            assertThat(live.search(SearchRequest.of("")).total()).isEqualTo(6);
        }
    }

    @Test
    void searchesThatOverrunTheTimeoutAreRefusedWithAMessageFiltersIncluded(@TempDir Path other) throws Exception {
        try (LuceneSearchBackend hurried = new LuceneSearchBackend(TestIndexes.seedLike(other), 0, 0)) {
            for (SearchRequest request : List.of(SearchRequest.of("pakistan"),
                    new SearchRequest("pakistan", List.of(), List.of("GB"), List.of(), "2016", "2025",
                            SortOrder.RELEVANCE, 1),
                    new SearchRequest("", List.of("mohsin-naqvi"), List.of(), List.of(), null, null, SortOrder.DATE, 1))) {
                assertThatThrownBy(() -> hurried.search(request)).as(request.toString())
                        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("took too long");
            }
        }
    }
}
