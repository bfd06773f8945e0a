package communique.search;

/**
 * One value of a facet with its count.
 *
 * @param value    the value as it goes into the URL (official key, country code, role, year or month)
 * @param label    what people read ("Mohsin Naqvi · Interior Minister, Pakistan", "United Kingdom")
 * @param count    matching articles; for a facet with selected values, counted as if that facet were not
 *                 filtered (drill sideways), so the other values keep their counts
 * @param selected whether the request filters on this value
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
