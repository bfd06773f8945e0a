package communique.search;

import communique.index.Fields;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link SearchRequest} against one {@link IndexSnapshot}. The hits are the user's query filtered by every
 * selected facet (values of one facet OR-ed, facets AND-ed) and the period. Facets are multi-select, as with
 * Lucene's drill sideways: a facet the request filters on is counted as if that filter were absent, so its other
 * values keep their counts (the period plays that part for the year chart). That takes one counting pass per
 * filtered facet besides the hits' own; each pass is a filtered query that Lucene runs with skipping, and a pass
 * left with no query and no filter is the whole index, counted once per snapshot. (Lucene's DrillSideways does it
 * in one pass, but visits every document the words match, the whole index for an empty query, and cannot honour
 * the search timeout.)
 */
final class SearchRunner {

    static final Sort NEWEST_FIRST = new Sort(Fields.dateSortField(true));
    private static final int SUGGEST_BELOW = 3;
    /** The period filters on dates; it is the "selection" of the year chart. */
    private static final String PERIOD = Fields.YEAR;

    private final IndexSnapshot snapshot;
    private final IndexSearcher searcher;

    /** {@code searcher} reads the snapshot's reader with this request's own timeout. */
    SearchRunner(IndexSnapshot snapshot, IndexSearcher searcher) {
        this.snapshot = snapshot;
        this.searcher = searcher;
    }

    SearchResult run(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Query userQuery = UserQueryParser.parseUserQuery(request.query());
        Query words = request.query().isEmpty() ? null : userQuery;
        Map<String, Query> filters = filters(request);
        Query hitsQuery = filtered(words, filters, null);
        int topN = request.page() * Limits.PAGE_SIZE;
        TopDocs top;
        OrdinalCounts counts;
        Map<String, OrdinalCounts> sideways = new HashMap<>();
        try {
            top = request.effectiveSort() == SortOrder.DATE ? searcher.search(hitsQuery, topN, NEWEST_FIRST)
                    : searcher.search(hitsQuery, topN);
            counts = count(hitsQuery);
            for (String dim : filters.keySet()) {
                sideways.put(dim, count(filtered(words, filters, dim)));
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw UserQueryParser.tooComplex(e);
        }
        if (searcher.timedOut()) {
            throw new InvalidRequestException("The search took too long and was stopped; use more specific words.");
        }
        FacetCounts facets = filters.isEmpty() && words == null ? browseFacets()
                : new FacetReader(snapshot).read(dim -> sideways.getOrDefault(dim, counts), request);
        ScoreDoc[] page = pageOf(top.scoreDocs, request.page());
        List<Hit> hits = new HitLoader(searcher).load(page, userQuery);
        String suggestion = counts.total() < SUGGEST_BELOW && !request.query().isEmpty()
                ? new Suggester(snapshot).suggest(request.query()) : null;
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(counts.total(), tookMs, request.query(), request.page(), Limits.PAGE_SIZE,
                request.effectiveSort().param(), hits, facets, suggestion);
    }

    /** The query of the request's hits: the parsed user query filtered by the selected facets and the period. */
    static Query hitsQuery(SearchRequest request, Query userQuery) {
        return filtered(request.query().isEmpty() ? null : userQuery, filters(request), null);
    }

    /** One filter per filtered facet, keyed by dimension: its selected values OR-ed, or the period. */
    private static Map<String, Query> filters(SearchRequest request) {
        Map<String, Query> filters = new LinkedHashMap<>();
        addValues(filters, Fields.OFFICIAL, request.officials());
        addValues(filters, Fields.COUNTRY, request.countries());
        addValues(filters, Fields.ROLE, request.roles());
        LocalDate from = request.fromDate();
        LocalDate to = request.toDate();
        if (from != null || to != null) {
            filters.put(PERIOD, LongPoint.newRangeQuery(Fields.DATE,
                    from == null ? Long.MIN_VALUE : from.toEpochDay(), to == null ? Long.MAX_VALUE : to.toEpochDay()));
        }
        return filters;
    }

    /** The facet's own drill-down terms, as {@link DrillDownQuery} would match them. */
    private static void addValues(Map<String, Query> filters, String dim, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        String field = Fields.facetsConfig().getDimConfig(dim).indexFieldName;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(DrillDownQuery.term(field, dim, value)), Occur.SHOULD);
        }
        filters.put(dim, any.build());
    }

    /** The query (null: every article) filtered by every filter but the one of {@code without}. */
    private static Query filtered(Query query, Map<String, Query> filters, String without) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        if (query != null) {
            all.add(query, Occur.MUST);
            clauses++;
        }
        for (Map.Entry<String, Query> filter : filters.entrySet()) {
            if (!filter.getKey().equals(without)) {
                all.add(filter.getValue(), Occur.FILTER);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchAllDocsQuery() : all.build();
    }

    /** Facet counts of a query; the whole index's come ready-made with the snapshot. */
    private OrdinalCounts count(Query query) throws IOException {
        if (query instanceof MatchAllDocsQuery) {
            return snapshot.facets().everything();
        }
        return searcher.search(query, new FacetCounter(snapshot.facets()));
    }

    /** Facets of the whole index with labels: built once per snapshot, as the browse page is the most common request. */
    private FacetCounts browseFacets() throws IOException {
        FacetCounts cached = snapshot.browseFacets();
        if (cached == null) {
            cached = new FacetReader(snapshot).read(snapshot.facets().everything());
            snapshot.browseFacets(cached);
        }
        return cached;
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int page) {
        int from = (page - 1) * Limits.PAGE_SIZE;
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(all, from, Math.min(all.length, from + Limits.PAGE_SIZE));
    }
}
