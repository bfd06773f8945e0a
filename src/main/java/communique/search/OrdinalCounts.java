package communique.search;

/**
 * How many matching documents hold each facet value (indexed by global ordinal, see {@link FacetIndex}), and how
 * many documents matched in all.
 */
record OrdinalCounts(int[] counts, long total) {

    int count(int ord) {
        return ord < counts.length ? counts[ord] : 0;
    }
}
