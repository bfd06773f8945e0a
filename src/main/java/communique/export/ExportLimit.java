package communique.export;

/**
 * How many rows one export may write: the operator's choice ({@code serve --export-limit}); a search with more
 * matches is exported up to the limit, in the order of its results page.
 */
public final class ExportLimit {

    /**
     * Enough for a year of several outlets' news; at the rates in docs/benchmarks.md, 10-15 s of a 2-core machine
     * when browsing and under a minute with highlighted snippets.
     */
    public static final int DEFAULT = 100_000;

    private ExportLimit() {
    }

    /** The limit, checked: at least one row. */
    public static int of(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("the export limit must be at least 1 row, not " + rows);
        }
        return rows;
    }
}
