package communique.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestTest {

    private static SearchRequest parse(String... params) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.computeIfAbsent(params[i], k -> new java.util.ArrayList<>()).add(params[i + 1]);
        }
        return SearchRequest.parse(map);
    }

    @Test
    void datesAcceptYearMonthAndDayAsInclusiveBounds() {
        SearchRequest request = parse("from", "2024", "to", "2025-02");
        assertThat(request.fromDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(request.toDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(parse("to", "2024-02-29").toDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void invalidOrReversedDatesAreRefused() {
        assertThatThrownBy(() -> parse("from", "yesterday")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("YYYY");
        assertThatThrownBy(() -> parse("from", "2025-13")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> parse("to", "2025-02-30")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> parse("from", "2025", "to", "2024")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("reversed");
    }

    @Test
    void badPagesAreRefused() {
        assertThatThrownBy(() -> parse("page", "-1")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> parse("page", "0")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> parse("page", "two")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> parse("page", "99999999999")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> parse("page", "1000000000")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("narrow");
        assertThat(parse("page", "100").page()).isEqualTo(100);
    }

    @Test
    void facetValuesAreDeduplicatedAndCapped() {
        Map<String, List<String>> repeated = Map.of("country", Collections.nCopies(1000, "gb"));
        assertThat(SearchRequest.parse(repeated).countries()).containsExactly("GB");
        List<String> distinct = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "k" + i).toList();
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("official", distinct)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("At most 50");
    }

    @Test
    void longQueriesAndUnknownSortsAreRefused() {
        assertThatThrownBy(() -> SearchRequest.of("a".repeat(1001))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> parse("sort", "random")).isInstanceOf(InvalidRequestException.class);
        assertThat(parse("sort", "date").sort()).isEqualTo(SortOrder.DATE);
    }

    @Test
    void emptyParametersAreIgnoredAndEmptyQueryIsNewestFirst() {
        SearchRequest request = parse("q", "  ", "country", "", "from", "", "page", "");
        assertThat(request.query()).isEmpty();
        assertThat(request.countries()).isEmpty();
        assertThat(request.from()).isNull();
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.effectiveSort()).isEqualTo(SortOrder.DATE);
        assertThat(request.hasFilters()).isFalse();
    }
}
