package communique.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link SegmentOrdinals} of every open segment, kept across index refreshes: a refresh after the indexer
 * commits reads only the new segments' ordinals. An entry goes when Lucene closes its segment.
 */
final class SegmentOrdinalsCache {

    private final Map<Object, SegmentOrdinals> bySegment = new ConcurrentHashMap<>();

    SegmentOrdinals get(LeafReader segment, String field) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return SegmentOrdinals.read(segment, field); // a reader that cannot tell when it closes is not cached
        }
        IndexReader.CacheKey key = helper.getKey();
        SegmentOrdinals cached = bySegment.get(key);
        if (cached == null) {
            cached = SegmentOrdinals.read(segment, field);
            if (bySegment.putIfAbsent(key, cached) == null) {
                helper.addClosedListener(bySegment::remove);
            }
        }
        return cached;
    }

    /** Segments held: for tests that check entries go with their segments. */
    int size() {
        return bySegment.size();
    }
}
