package communique.solr;

import communique.index.Fields;

import org.apache.solr.common.util.NamedList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-select facets with the JSON Facet API, counted like the embedded backend's drill-sideways: each facet's
 * own filter is tagged and excluded from that facet's domain (so the other values keep their counts), the date
 * period is excluded from the year chart only, and the month chart counts with every filter.
 */
final class SolrFacets {

    /** Values returned for official, country and role (the embedded backend's FacetReader.TOP_VALUES). */
    static final int TOP_VALUES = 50;
    /** The dimensions a user can select values of, which are also the filter tags. */
    static final List<String> SELECTABLE = List.of(Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE);
    /** The tag of the date-period filter. */
    static final String DATE_TAG = "period";

    private SolrFacets() {
    }

    /** The json.facet parameter; each selected value also gets its own count, in case it is not in the top values. */
    static String json(Map<String, List<String>> selected) {
        StringBuilder json = new StringBuilder("{");
        for (String dim : SELECTABLE) {
            json.append(dim).append(":{type:terms,field:").append(dim).append(",limit:").append(TOP_VALUES)
                    .append(",mincount:1,refine:true,sort:{count:desc},domain:{excludeTags:").append(dim).append("}},");
            List<String> values = selected.getOrDefault(dim, List.of());
            for (int i = 0; i < values.size(); i++) {
                json.append("sel_").append(dim).append('_').append(i).append(":{type:query,q:\"{!term f=")
                        .append(dim).append(" v=$sel_").append(dim).append('_').append(i)
                        .append("}\",domain:{excludeTags:").append(dim).append("}},");
            }
        }
        json.append(Fields.YEAR).append(":{type:terms,field:").append(Fields.YEAR)
                .append(",limit:-1,mincount:1,sort:{index:asc},domain:{excludeTags:").append(DATE_TAG).append("}},");
        json.append(Fields.MONTH).append(":{type:terms,field:").append(Fields.MONTH)
                .append(",limit:-1,mincount:1,sort:{index:asc}}");
        return json.append('}').toString();
    }

    /** Value and count pairs per dimension, in the order Solr gave them, selected values appended when missing. */
    static Map<String, List<SolrSearch.Count>> read(NamedList<?> facets, Map<String, List<String>> selected) {
        Map<String, List<SolrSearch.Count>> result = new LinkedHashMap<>();
        for (String dim : List.of(Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE, Fields.YEAR, Fields.MONTH)) {
            List<SolrSearch.Count> counts = new ArrayList<>(buckets(facets, dim));
            List<String> values = selected.getOrDefault(dim, List.of());
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (counts.stream().noneMatch(c -> c.value().equals(value))) {
                    counts.add(new SolrSearch.Count(value, count(facets, "sel_" + dim + "_" + i)));
                }
            }
            result.put(dim, List.copyOf(counts));
        }
        return result;
    }

    private static List<SolrSearch.Count> buckets(NamedList<?> facets, String dim) {
        List<SolrSearch.Count> counts = new ArrayList<>();
        Object facet = facets == null ? null : facets.get(dim);
        if (facet instanceof NamedList<?> named && named.get("buckets") instanceof List<?> buckets) {
            for (Object bucket : buckets) {
                NamedList<?> b = (NamedList<?>) bucket;
                counts.add(new SolrSearch.Count(String.valueOf(b.get("val")), ((Number) b.get("count")).longValue()));
            }
        }
        return counts;
    }

    private static long count(NamedList<?> facets, String name) {
        Object facet = facets == null ? null : facets.get(name);
        if (facet instanceof NamedList<?> named && named.get("count") instanceof Number n) {
            return n.longValue();
        }
        return 0;
    }
}
