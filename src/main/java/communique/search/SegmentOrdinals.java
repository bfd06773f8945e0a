package communique.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;

/**
 * One segment's facet ordinals copied onto the heap: for every document, the ordinals of its values in the
 * segment's sorted-set doc values of the facet field. Counting the facets of a page's hits then reads two arrays
 * per hit instead of advancing a doc-values iterator (Lucene's taxonomy facets kept such a cache,
 * {@code CachedOrdinalsReader}, for the same reason). Segments never change, so one copy serves every snapshot
 * that holds the segment; about 2 bytes per value plus 4 per document.
 */
final class SegmentOrdinals {

    static final SegmentOrdinals EMPTY = new SegmentOrdinals(new int[] {0}, new char[0], null, 0);

    /** Ordinals of document d are at [starts[d], starts[d + 1]). */
    private final int[] starts;
    /** The ordinals when the segment has at most 65,536 distinct values (always so for news facets): half the memory. */
    private final char[] narrow;
    private final int[] wide;
    private final int valueCount;

    private SegmentOrdinals(int[] starts, char[] narrow, int[] wide, int valueCount) {
        this.starts = starts;
        this.narrow = narrow;
        this.wide = wide;
        this.valueCount = valueCount;
    }

    /** Reads the ordinals of {@code field} for every document of the segment (none for documents without it). */
    static SegmentOrdinals read(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = segment.getSortedSetDocValues(field);
        if (values == null) {
            return new SegmentOrdinals(new int[segment.maxDoc() + 1], new char[0], null, 0);
        }
        int valueCount = Math.toIntExact(values.getValueCount());
        boolean small = valueCount <= Character.MAX_VALUE + 1;
        int[] starts = new int[segment.maxDoc() + 1];
        char[] narrow = small ? new char[Math.max(16, segment.maxDoc() * 8)] : null;
        int[] wide = small ? null : new int[Math.max(16, segment.maxDoc() * 8)];
        int size = 0;
        int filled = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (filled < doc) {
                starts[++filled] = size;
            }
            int count = values.docValueCount();
            if (size + count < 0) {
                throw new IllegalStateException("more than 2^31 facet values in one segment of " + segment.maxDoc()
                        + " documents");
            }
            if (small) {
                narrow = ArrayUtil.grow(narrow, size + count);
                for (int i = 0; i < count; i++) {
                    narrow[size++] = (char) values.nextOrd();
                }
            } else {
                wide = ArrayUtil.grow(wide, size + count);
                for (int i = 0; i < count; i++) {
                    wide[size++] = (int) values.nextOrd();
                }
            }
        }
        while (filled < segment.maxDoc()) {
            starts[++filled] = size;
        }
        return small ? new SegmentOrdinals(starts, ArrayUtil.copyOfSubArray(narrow, 0, size), null, valueCount)
                : new SegmentOrdinals(starts, null, ArrayUtil.copyOfSubArray(wide, 0, size), valueCount);
    }

    int valueCount() {
        return valueCount;
    }

    /** Adds {@code delta} to {@code counts[toGlobal[o]]} for every ordinal o of the document. */
    void count(int doc, int[] toGlobal, int[] counts, int delta) {
        int end = starts[doc + 1];
        if (narrow != null) {
            for (int i = starts[doc]; i < end; i++) {
                counts[toGlobal[narrow[i]]] += delta;
            }
        } else {
            for (int i = starts[doc]; i < end; i++) {
                counts[toGlobal[wide[i]]] += delta;
            }
        }
    }

    /** Counts per segment ordinal over the documents {@code live} accepts (null: all). */
    int[] countAll(org.apache.lucene.util.Bits live) {
        int[] counts = new int[valueCount];
        int maxDoc = starts.length - 1;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (live == null || live.get(doc)) {
                int end = starts[doc + 1];
                for (int i = starts[doc]; i < end; i++) {
                    counts[narrow != null ? narrow[i] : wide[i]]++;
                }
            }
        }
        return counts;
    }

    /** Heap held, for the memory figures in the benchmark notes. */
    long bytes() {
        return 4L * starts.length + (narrow != null ? 2L * narrow.length : 4L * wide.length);
    }
}
