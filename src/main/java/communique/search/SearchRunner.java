package communique.search;

import communique.index.Fields;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one {@link SearchRequest} against one {@link IndexSnapshot}: the user's query as base, each facet's selected
 * values OR-ed as a drill-down, the date period as a drill-down on "year" (so the year chart keeps its other
 * years), then {@link DrillSideways} for hits and counts in one pass.
 *
 * <p>The per-request timeout applies to every search except a drill-sideways one with filters: Lucene's
 * {@code DrillSidewaysScorer} cannot score in the windows that the timeout needs. Those searches are bounded by
 * their filters and by the query guards (clause count, no leading wildcard, bounded fuzzy).
 */
final class SearchRunner {

    private static final Sort NEWEST_FIRST = new Sort(Fields.dateSortField(true));
    private static final int SUGGEST_BELOW = 3;

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
        int topN = request.page() * Limits.PAGE_SIZE;
        boolean byDate = request.effectiveSort() == SortOrder.DATE;
        TopDocs top;
        long total;
        FacetCounts facets;
        try {
            if (request.query().isEmpty() && !request.hasFilters()) {
                top = searcher.search(new MatchAllDocsQuery(), topN, NEWEST_FIRST);
                total = searcher.getIndexReader().numDocs();
                facets = browseFacets();
            } else if (snapshot.facetState == null) {
                DrillDownQuery query = drillDown(userQuery, request);
                top = byDate ? searcher.search(query, topN, NEWEST_FIRST) : searcher.search(query, topN);
                total = searcher.count(query);
                facets = FacetCounts.EMPTY;
            } else {
                DrillSideways sideways = new DrillSideways(request.hasFilters() ? snapshot : searcher,
                        Fields.facetsConfig(), snapshot.facetState);
                DrillDownQuery query = drillDown(userQuery, request);
                DrillSideways.DrillSidewaysResult result = byDate
                        ? sideways.search(query, null, null, topN, NEWEST_FIRST, false)
                        : sideways.search(query, topN);
                top = result.hits;
                total = matching(result.drillDownFacetsCollector);
                facets = new FacetReader(snapshot).read(result.facets, request);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw UserQueryParser.tooComplex(e);
        }
        if (searcher.timedOut()) {
            throw new InvalidRequestException("The search took too long and was stopped; use more specific words.");
        }
        ScoreDoc[] page = pageOf(top.scoreDocs, request.page());
        List<Hit> hits = new HitLoader(searcher).load(page, userQuery);
        String suggestion = total < SUGGEST_BELOW && !request.query().isEmpty()
                ? new Suggester(snapshot).suggest(request.query()) : null;
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, tookMs, request.query(), request.page(), Limits.PAGE_SIZE,
                request.effectiveSort().param(), hits, facets, suggestion);
    }

    private static DrillDownQuery drillDown(Query userQuery, SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(Fields.facetsConfig(), userQuery);
        request.officials().forEach(v -> query.add(Fields.OFFICIAL, v));
        request.countries().forEach(v -> query.add(Fields.COUNTRY, v));
        request.roles().forEach(v -> query.add(Fields.ROLE, v));
        LocalDate from = request.fromDate();
        LocalDate to = request.toDate();
        if (from != null || to != null) {
            query.add(Fields.YEAR, LongPoint.newRangeQuery(Fields.DATE,
                    from == null ? Long.MIN_VALUE : from.toEpochDay(), to == null ? Long.MAX_VALUE : to.toEpochDay()));
        }
        return query;
    }

    /** Facets of the whole index: counted once per snapshot, as the browse page is the most common request. */
    private FacetCounts browseFacets() throws IOException {
        FacetCounts cached = snapshot.browseFacets();
        if (cached != null) {
            return cached;
        }
        FacetCounts counts = FacetCounts.EMPTY;
        if (snapshot.facetState != null) {
            FacetsCollector collector = snapshot.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            counts = new FacetReader(snapshot).read(
                    new SortedSetDocValuesFacetCounts(snapshot.facetState, collector), SearchRequest.of(""));
        }
        snapshot.browseFacets(counts);
        return counts;
    }

    private static long matching(FacetsCollector collector) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int page) {
        int from = (page - 1) * Limits.PAGE_SIZE;
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(all, from, Math.min(all.length, from + Limits.PAGE_SIZE));
    }
}
