package communique.search;

/** The bounds that keep one request from costing the server more than a page of results should. */
public final class Limits {

    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 1_000;
    /** Deepest result reachable by paging: page * page size may not exceed this. */
    public static final int MAX_DEPTH = 1_000;
    /** Hits per page. */
    public static final int PAGE_SIZE = 10;
    /** Distinct values accepted per facet parameter (a URL may repeat one a thousand times). */
    public static final int MAX_FACET_VALUES = 50;
    /** Longest facet value accepted, in characters. */
    public static final int MAX_VALUE_CHARS = 200;
    /** Boolean clauses a query may expand to (Lucene's global limit, set once by the backend). */
    public static final int MAX_CLAUSES = 1_024;
    /** Time a search may take, once started, before it is stopped. */
    public static final long TIMEOUT_MILLIS = 2_000;
    /** Time a request may wait for its turn to search before the server answers that it is busy. */
    public static final long MAX_QUEUE_MILLIS = 10_000;

    private Limits() {
    }

    /** A value cut short enough to quote in an error message. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
