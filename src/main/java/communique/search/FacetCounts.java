package communique.search;

import java.util.List;

/**
 * The facets of a result. Official, country and role list their top values by count (selected values always
 * included); year and month list every value in date order, for the bar chart.
 */
public record FacetCounts(List<FacetValue> official, List<FacetValue> country, List<FacetValue> role,
                          List<FacetValue> year, List<FacetValue> month) {

    public static final FacetCounts EMPTY = new FacetCounts(List.of(), List.of(), List.of(), List.of(), List.of());

    public FacetCounts {
        official = List.copyOf(official);
        country = List.copyOf(country);
        role = List.copyOf(role);
        year = List.copyOf(year);
        month = List.copyOf(month);
    }
}
