package communique.bench;

import java.time.LocalDate;

/**
 * One line of the task file: a query as a results page would run it.
 *
 * @param category  the luceneutil-style category the latency is reported under
 * @param text      query text in the user's syntax (words, "phrases", OR), or empty to browse everything
 * @param official  official key filter, or null
 * @param country   ISO country code filter, or null
 * @param from      first day of a date filter, or null
 * @param to        last day of a date filter, or null
 * @param newest    sort newest first instead of by relevance
 * @param page      1-based page of 10 hits
 * @param fullPage  also count all facets and highlight a snippet for each hit shown: the whole results page
 * @param communiqueOnly run on Communiqué alone (queries the baseline's plain parser would read differently, such
 *                  as the expensive ones that Communiqué refuses)
 */
record SearchTask(String category, String text, String official, String country, LocalDate from, LocalDate to,
                  boolean newest, int page, boolean fullPage, boolean communiqueOnly) {

    static final int PAGE_SIZE = 10;

    /** Filters and sorts the baseline cannot answer: it has no entities, no dates and no facets. */
    boolean needsCommuniqueFields() {
        return official != null || country != null || from != null || to != null || newest || text.isEmpty()
                || communiqueOnly;
    }

    /** Hits to collect to show this page. */
    int depth() {
        return page * PAGE_SIZE;
    }
}
