package communique.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}, and the JSON document of {@code /api/search} and {@code communique search
 * --json} (Jackson writes the record as it is).
 *
 * @param total      matching articles, exact (facet counting visits every match anyway)
 * @param tookMs     time spent in the backend
 * @param query      the query as run
 * @param page       1-based page number
 * @param pageSize   hits per page
 * @param sort       the order used ("relevance" or "date")
 * @param hits       the page of hits
 * @param facets     facet counts
 * @param suggestion a corrected query when there were few or no results and the index knows a likely spelling,
 *                   else null
 */
public record SearchResult(long total, long tookMs, String query, int page, int pageSize, String sort, List<Hit> hits,
                           FacetCounts facets, String suggestion) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** Pages of hits, never more than paging may reach. */
    public int pageCount() {
        long pages = (total + pageSize - 1) / pageSize;
        return (int) Math.min(pages, Limits.MAX_DEPTH / pageSize);
    }
}
