package communique.search;

import communique.index.Fields;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Lucene facet counts into {@link FacetCounts}: labels resolved only for the values returned. */
final class FacetReader {

    /** Values returned per facet: the page shows the first few and hides the rest behind "more". */
    static final int TOP_VALUES = 50;

    private final IndexSnapshot snapshot;

    FacetReader(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    FacetCounts read(Facets facets, SearchRequest request) throws IOException {
        return new FacetCounts(
                top(facets, Fields.OFFICIAL, request.officials()),
                top(facets, Fields.COUNTRY, request.countries()),
                top(facets, Fields.ROLE, request.roles()),
                chronological(facets, Fields.YEAR, request),
                chronological(facets, Fields.MONTH, request));
    }

    private List<FacetValue> top(Facets facets, String dim, List<String> selected) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LabelAndValue lv : children(facets, dim, true)) {
            counts.put(lv.label, lv.value.longValue());
        }
        for (String value : selected) {
            if (!counts.containsKey(value)) {
                counts.put(value, specific(facets, dim, value));
            }
        }
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> values.add(new FacetValue(value, label(dim, value), count,
                selected.contains(value))));
        return values;
    }

    private static List<FacetValue> chronological(Facets facets, String dim, SearchRequest request) throws IOException {
        List<FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : children(facets, dim, false)) {
            boolean selected = lv.label.equals(request.from()) && lv.label.equals(request.to());
            values.add(new FacetValue(lv.label, lv.label, lv.value.longValue(), selected));
        }
        values.sort(Comparator.comparing(FacetValue::value));
        return values;
    }

    String label(String dim, String value) {
        return switch (dim) {
            case Fields.OFFICIAL -> OfficialLabel.of(snapshot.official(value));
            case Fields.COUNTRY -> CountryNames.name(value);
            default -> value;
        };
    }

    private static LabelAndValue[] children(Facets facets, String dim, boolean top) throws IOException {
        if (facets == null) {
            return new LabelAndValue[0];
        }
        try {
            FacetResult result = top ? facets.getTopChildren(TOP_VALUES, dim) : facets.getAllChildren(dim);
            return result == null ? new LabelAndValue[0] : result.labelValues;
        } catch (IllegalArgumentException e) {
            return new LabelAndValue[0]; // Lucene's answer for a dimension no document has yet
        }
    }

    private static long specific(Facets facets, String dim, String value) throws IOException {
        if (facets == null) {
            return 0;
        }
        try {
            Number count = facets.getSpecificValue(dim, value);
            return count == null ? 0 : Math.max(0, count.longValue());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
