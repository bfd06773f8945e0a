package communique.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One request of the parity suite, as the search page would send it. */
record ParityRequest(String name, String query, Map<String, List<String>> selected, LocalDate from, LocalDate to,
                     boolean byDate) {

    static ParityRequest of(String name, String query) {
        return new ParityRequest(name, query, Map.of(), null, null, false);
    }

    ParityRequest select(String dim, String... values) {
        Map<String, List<String>> more = new java.util.LinkedHashMap<>(selected);
        more.put(dim, List.of(values));
        return new ParityRequest(name, query, more, from, to, byDate);
    }

    ParityRequest period(String first, String last) {
        return new ParityRequest(name, query, selected, first == null ? null : LocalDate.parse(first),
                last == null ? null : LocalDate.parse(last), byDate);
    }

    ParityRequest newestFirst() {
        return new ParityRequest(name, query, selected, from, to, true);
    }

    /** An empty query has no relevance: both backends order it newest first. */
    boolean effectiveByDate() {
        return byDate || query.isBlank();
    }

    /** The Solr side's criteria for the same request. */
    SolrSearch.Criteria criteria(int page, int pageSize, int maxDepth, boolean snippets) {
        return new SolrSearch.Criteria(query.isBlank() ? null : EmbeddedReference.parse(query), selected, from, to,
                effectiveByDate(), page, pageSize, maxDepth, snippets);
    }
}
