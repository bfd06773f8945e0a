package communique.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of recent requests against one snapshot, least recently used first out. News search repeats itself
 * (the front page, the day's names, a reader paging back), and a snapshot never changes, so an answer stays right
 * until the next refresh replaces the snapshot and, with it, this cache (Solr's queryResultCache works the same way).
 * A request being computed is not shared: two identical requests arriving together are both computed.
 */
final class ResultCache {

    private final int capacity;
    private final Map<SearchRequest, SearchResult> results;

    ResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must be 0 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /**
     * The cached result of {@code request}, with its time set to this look-up's, or else {@code compute}'s answer,
     * kept for next time. Refused requests (exceptions) are not cached.
     */
    SearchResult get(SearchRequest request, Function<SearchRequest, SearchResult> compute) {
        if (capacity == 0) {
            return compute.apply(request);
        }
        long start = System.nanoTime();
        SearchResult cached;
        synchronized (results) {
            cached = results.get(request);
        }
        if (cached != null) {
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(cached.total(), tookMs, cached.query(), cached.page(), cached.pageSize(),
                    cached.sort(), cached.hits(), cached.facets(), cached.suggestion());
        }
        SearchResult result = compute.apply(request);
        synchronized (results) {
            results.put(request, result);
        }
        return result;
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }
}
