package communique.search;

import communique.index.Fields;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The facet values of one snapshot, built when the snapshot opens and never per query: every value of every
 * dimension in one global ordinal space (Lucene's {@link SortedSetDocValuesReaderState}), each segment's
 * ordinals on the heap with its map to global ordinals, the values as strings, and the counts over the whole
 * index (the browse page, and the other values of a facet selected on an empty query).
 */
final class FacetIndex {

    private final Map<String, OrdRange> ranges;
    private final String[] values;
    private final SegmentOrdinals[] segments;
    private final int[][] toGlobal;
    /** Per segment: its live documents' counts by segment ordinal, the number of live documents, and which. */
    private final int[][] liveCounts;
    private final int[] liveDocs;
    private final Bits[] live;
    private final SortedSetDocValuesReaderState state;
    private final OrdinalCounts everything;

    private FacetIndex(IndexReader reader, SortedSetDocValuesReaderState state, SegmentOrdinalsCache cache)
            throws IOException {
        this.state = state;
        this.ranges = state == null ? Map.of() : Map.copyOf(state.getPrefixToOrdRange());
        this.values = state == null ? new String[0] : values(state);
        List<LeafReaderContext> leaves = reader.leaves();
        this.segments = new SegmentOrdinals[leaves.size()];
        this.toGlobal = new int[leaves.size()][];
        this.liveCounts = new int[leaves.size()][];
        this.liveDocs = new int[leaves.size()];
        this.live = new Bits[leaves.size()];
        OrdinalMap map = state == null ? null : ordinalMap(state);
        for (LeafReaderContext leaf : leaves) {
            segments[leaf.ord] = state == null ? SegmentOrdinals.EMPTY : cache.get(leaf.reader(), state.getField());
            toGlobal[leaf.ord] = globalOrdinals(map, leaf.ord, segments[leaf.ord].valueCount());
            live[leaf.ord] = leaf.reader().getLiveDocs();
            liveDocs[leaf.ord] = leaf.reader().numDocs();
            liveCounts[leaf.ord] = segments[leaf.ord].countAll(live[leaf.ord]);
        }
        this.everything = countEverything(leaves);
    }

    /** The facet index of {@code reader}; segments already read for an earlier snapshot come from {@code cache}. */
    static FacetIndex open(IndexReader reader, SegmentOrdinalsCache cache) throws IOException {
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            state = null; // Lucene's answer when no document has a facet field yet: there is nothing to count
        }
        return new FacetIndex(reader, state, cache);
    }

    /** Size of the global ordinal space: the length of a counts array. */
    int size() {
        return values.length;
    }

    /** Counts over every live document of the index. */
    OrdinalCounts everything() {
        return everything;
    }

    /**
     * Adds the counts of the segment's documents that {@code matches} holds ({@code matched} of them, all live).
     * When most of the segment matches, its ready-made counts less those of the documents that do not: the work
     * follows the smaller side, so a word found in nine articles of ten costs a tenth of the counting.
     */
    void countMatches(int segment, FixedBitSet matches, int matched, int[] counts) {
        SegmentOrdinals ordinals = segments[segment];
        int[] map = toGlobal[segment];
        if (matched * 2L <= liveDocs[segment]) {
            for (int doc = nextSet(matches, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nextSet(matches, doc + 1)) {
                ordinals.count(doc, map, counts, 1);
            }
            return;
        }
        int[] all = liveCounts[segment];
        for (int ord = 0; ord < all.length; ord++) {
            counts[map[ord]] += all[ord];
        }
        Bits liveBits = live[segment];
        long[] words = matches.getBits();
        for (int w = 0; w < words.length; w++) {
            long missing = ~words[w];
            while (missing != 0) {
                int doc = (w << 6) + Long.numberOfTrailingZeros(missing);
                missing &= missing - 1;
                if (doc < matches.length() && (liveBits == null || liveBits.get(doc))) {
                    ordinals.count(doc, map, counts, -1);
                }
            }
        }
    }

    private static int nextSet(FixedBitSet bits, int from) {
        return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
    }

    /** The {@code n} most frequent values of {@code dim} with a count above zero, most frequent first, ties by value. */
    List<ValueCount> top(OrdinalCounts counts, String dim, int n) {
        OrdRange range = ranges.get(dim);
        if (range == null || n < 1) {
            return List.of();
        }
        Comparator<ValueCount> order = Comparator.comparingLong(ValueCount::count).reversed()
                .thenComparing(ValueCount::value);
        PriorityQueue<ValueCount> best = new PriorityQueue<>(n + 1, order.reversed()); // the weakest on top
        for (int ord = range.start; ord <= range.end; ord++) {
            int count = counts.count(ord);
            if (count > 0 && (best.size() < n || count >= best.peek().count())) {
                best.add(new ValueCount(values[ord], count));
                if (best.size() > n) {
                    best.poll();
                }
            }
        }
        List<ValueCount> out = new ArrayList<>(best);
        out.sort(order);
        return out;
    }

    /** Every value of {@code dim} with a count above zero, in value order. */
    List<ValueCount> all(OrdinalCounts counts, String dim) {
        OrdRange range = ranges.get(dim);
        return range == null ? List.of() : nonZero(counts, range);
    }

    /** The count of one value, 0 when the index holds no such value. */
    long count(OrdinalCounts counts, String dim, String value) throws IOException {
        if (state == null || !ranges.containsKey(dim)) {
            return 0;
        }
        long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, value)));
        return ord < 0 ? 0 : counts.count((int) ord);
    }

    /** Every value of {@code dim} in the index, in value order (for the suggester's name words). */
    List<String> values(String dim) {
        OrdRange range = ranges.get(dim);
        if (range == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(range.end - range.start + 1);
        for (int ord = range.start; ord <= range.end; ord++) {
            out.add(values[ord]);
        }
        return Collections.unmodifiableList(out);
    }

    private List<ValueCount> nonZero(OrdinalCounts counts, OrdRange range) {
        List<ValueCount> out = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            int count = counts.count(ord);
            if (count > 0) {
                out.add(new ValueCount(values[ord], count));
            }
        }
        return out;
    }

    private OrdinalCounts countEverything(List<LeafReaderContext> leaves) {
        int[] counts = new int[values.length];
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            int[] map = toGlobal[leaf.ord];
            int[] segmentCounts = liveCounts[leaf.ord];
            for (int ord = 0; ord < segmentCounts.length; ord++) {
                counts[map[ord]] += segmentCounts[ord];
            }
            total += liveDocs[leaf.ord];
        }
        return new OrdinalCounts(counts, total);
    }

    /** Global ordinal → the value it stands for (the last component of "dim/value"). */
    private static String[] values(SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues docValues = state.getDocValues();
        String[] values = new String[state.getSize()];
        for (int ord = 0; ord < values.length; ord++) {
            String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
            values[ord] = path[path.length - 1];
        }
        return values;
    }

    private static OrdinalMap ordinalMap(SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues top = state.getDocValues();
        return top instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    }

    /** Segment ordinal → global ordinal as a plain array: a few thousand entries a segment, read for every value counted. */
    private static int[] globalOrdinals(OrdinalMap map, int segment, int valueCount) {
        int[] global = new int[valueCount];
        LongValues mapping = map == null ? null : map.getGlobalOrds(segment);
        for (int ord = 0; ord < valueCount; ord++) {
            global[ord] = mapping == null ? ord : (int) mapping.get(ord);
        }
        return global;
    }

    /** A facet value and how many documents have it. */
    record ValueCount(String value, long count) {
    }
}
