package communique.search;

import communique.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads counted facet values into {@link FacetCounts}: labels resolved only for the values returned. */
final class FacetReader {

    /** Values returned per facet: the page shows the first few and hides the rest behind "more". */
    static final int TOP_VALUES = 50;

    private final IndexSnapshot snapshot;

    FacetReader(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /**
     * The facets of a request. {@code countsOf} gives, per dimension, the counts to read it from: the hits' own
     * counts, or for a dimension the request filters on, the counts without that filter (so its other values keep
     * their counts).
     */
    FacetCounts read(Function<String, OrdinalCounts> countsOf, SearchRequest request) throws IOException {
        return new FacetCounts(
                top(countsOf.apply(Fields.OFFICIAL), Fields.OFFICIAL, request.officials()),
                top(countsOf.apply(Fields.COUNTRY), Fields.COUNTRY, request.countries()),
                top(countsOf.apply(Fields.ROLE), Fields.ROLE, request.roles()),
                chronological(countsOf.apply(Fields.YEAR), Fields.YEAR, request),
                chronological(countsOf.apply(Fields.MONTH), Fields.MONTH, request));
    }

    /** The facets of one set of counts, nothing selected (entity pages, the browse page). */
    FacetCounts read(OrdinalCounts counts) throws IOException {
        return read(dim -> counts, SearchRequest.of(""));
    }

    private List<FacetValue> top(OrdinalCounts counts, String dim, List<String> selected) throws IOException {
        FacetIndex index = snapshot.facets();
        Map<String, Long> byValue = new LinkedHashMap<>();
        for (FacetIndex.ValueCount vc : index.top(counts, dim, TOP_VALUES)) {
            byValue.put(vc.value(), vc.count());
        }
        for (String value : selected) {
            if (!byValue.containsKey(value)) {
                byValue.put(value, index.count(counts, dim, value));
            }
        }
        List<FacetValue> values = new ArrayList<>(byValue.size());
        byValue.forEach((value, count) -> values.add(new FacetValue(value, label(dim, value), count,
                selected.contains(value))));
        return values;
    }

    private List<FacetValue> chronological(OrdinalCounts counts, String dim, SearchRequest request) {
        List<FacetValue> values = new ArrayList<>();
        for (FacetIndex.ValueCount vc : snapshot.facets().all(counts, dim)) {
            boolean selected = vc.value().equals(request.from()) && vc.value().equals(request.to());
            values.add(new FacetValue(vc.value(), vc.value(), vc.count(), selected));
        }
        return values;
    }

    String label(String dim, String value) {
        return switch (dim) {
            case Fields.OFFICIAL -> OfficialLabel.of(snapshot.official(value));
            case Fields.COUNTRY -> CountryNames.name(value);
            default -> value;
        };
    }
}
