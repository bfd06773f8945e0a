package communique.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

import java.util.Collection;

/**
 * Counts the facet values of every document a query matches, and the matches themselves. It needs no scores, so
 * Lucene runs the query in its cheapest mode (no frequencies, no scoring); the top hits come from a separate,
 * scored search that may skip documents. Matches are gathered per segment first, so that the counting can take
 * the cheaper side (see {@link FacetIndex#countMatches}).
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, OrdinalCounts> {

    private final FacetIndex index;

    FacetCounter(FacetIndex index) {
        this.index = index;
    }

    @Override
    public Counting newCollector() {
        return new Counting(index);
    }

    @Override
    public OrdinalCounts reduce(Collection<Counting> collectors) {
        if (collectors.size() == 1) {
            Counting only = collectors.iterator().next();
            return new OrdinalCounts(only.counts, only.total);
        }
        int[] counts = new int[index.size()];
        long total = 0;
        for (Counting c : collectors) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += c.counts[i];
            }
            total += c.total;
        }
        return new OrdinalCounts(counts, total);
    }

    /** The collector of one search slice. */
    static final class Counting implements Collector {

        private final FacetIndex index;
        private final int[] counts;
        private long total;

        private Counting(FacetIndex index) {
            this.index = index;
            this.counts = new int[index.size()];
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int segment = context.ord;
            int maxDoc = context.reader().maxDoc();
            return new LeafCollector() {
                private FixedBitSet matches;
                private int matched;

                @Override
                public void setScorer(Scorable scorer) {
                    // counts only
                }

                @Override
                public void collect(int doc) {
                    if (matches == null) {
                        matches = new FixedBitSet(maxDoc); // only for segments with a match
                    }
                    matches.set(doc);
                    matched++;
                }

                @Override
                public void finish() {
                    if (matches != null) {
                        index.countMatches(segment, matches, matched, counts);
                        total += matched;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
