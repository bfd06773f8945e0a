package communique.web;

import communique.search.SearchRequest;
import communique.search.SortOrder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchUrlsTest {

    @Test
    void parametersComeInCanonicalOrderWithoutDefaultsOrEmpties() {
        SearchRequest request = new SearchRequest("naqvi talks", List.of("mohsin-naqvi"), List.of("GB", "PK"),
                List.of("Interior Minister"), "2024", "2025-04", SortOrder.DATE, 3);
        assertThat(SearchUrls.search(request)).isEqualTo("/search?q=naqvi+talks&official=mohsin-naqvi&country=GB"
                + "&country=PK&role=Interior+Minister&from=2024&to=2025-04&sort=date&page=3");
        assertThat(SearchUrls.search(SearchRequest.of(""))).isEqualTo("/search");
        assertThat(SearchUrls.search(SearchRequest.of("a&b=c"))).isEqualTo("/search?q=a%26b%3Dc");
    }

    @Test
    void facetLinksToggleAndGoBackToPageOne() {
        SearchRequest request = SearchRequest.of("x").withFacet("country", List.of("GB")).withPage(2);
        assertThat(SearchUrls.toggle(request, "country", "US")).isEqualTo("/search?q=x&country=GB&country=US");
        assertThat(SearchUrls.toggle(request, "country", "GB")).isEqualTo("/search?q=x");
    }

    @Test
    void pathSegmentsAreEncoded() {
        assertThat(SearchUrls.article("a b/../c", null)).isEqualTo("/article/a%20b%2F..%2Fc");
        assertThat(SearchUrls.official("mohsin-naqvi")).isEqualTo("/official/mohsin-naqvi");
    }
}
