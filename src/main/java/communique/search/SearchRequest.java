package communique.search;

import communique.article.CleanText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the user asked for, validated: the query, the selected facet values (OR within a facet, AND across
 * facets), an inclusive date period, the order and the page. Invalid input raises {@link InvalidRequestException}
 * with a message for the user, so a request that exists is always one the backend can run. Every text goes through
 * the same {@link CleanText#normalize} as the articles' text at indexing, so a fullwidth word finds its plain form.
 *
 * @param query     the user's query, trimmed; empty browses everything, newest first (so does one of nothing but
 *                  spaces and invisible characters)
 * @param officials canonical official keys ("mohsin-naqvi")
 * @param countries ISO 3166 alpha-2 codes, upper case
 * @param roles     role facet values as indexed ("Interior Minister")
 * @param from      lower date bound as written (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param to        upper date bound as written, or null
 * @param sort      the order asked for
 * @param page      1-based page number
 */
public record SearchRequest(String query, List<String> officials, List<String> countries, List<String> roles,
                            String from, String to, SortOrder sort, int page) {

    public SearchRequest {
        query = query == null ? "" : CleanText.normalize(query).strip();
        if (onlySpacing(query)) {
            query = "";
        }
        if (query.length() > Limits.MAX_QUERY_CHARS) {
            throw new InvalidRequestException("The query is too long (" + query.length() + " characters; at most "
                    + Limits.MAX_QUERY_CHARS + ").");
        }
        officials = clean("official", officials, false);
        countries = clean("country", countries, true);
        roles = clean("role", roles, false);
        from = blankToNull(CleanText.normalize(from));
        to = blankToNull(CleanText.normalize(to));
        LocalDate start = DateBound.start("from", from);
        LocalDate end = DateBound.end("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidRequestException("The period is reversed: from " + from + " is after to " + to + ".");
        }
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) {
            throw new InvalidRequestException("page must be 1 or more, not " + page);
        }
        if ((long) page * Limits.PAGE_SIZE > Limits.MAX_DEPTH) {
            throw new InvalidRequestException("Results stop at " + String.format(Locale.ROOT, "%,d", Limits.MAX_DEPTH)
                    + " hits (page " + Limits.MAX_DEPTH / Limits.PAGE_SIZE + "); narrow the search to see more.");
        }
    }

    /** A plain query: no filters, first page, default order. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1);
    }

    /**
     * Reads the URL parameters q, official, country, role, from, to, sort and page (each facet may repeat);
     * other parameters are ignored.
     */
    public static SearchRequest parse(Map<String, List<String>> params) {
        return new SearchRequest(first(params, "q"), all(params, "official"), all(params, "country"),
                all(params, "role"), first(params, "from"), first(params, "to"),
                SortOrder.parse(CleanText.normalize(first(params, "sort"))),
                parsePage(CleanText.normalize(first(params, "page"))));
    }

    /** First day of the period, or null. */
    public LocalDate fromDate() {
        return DateBound.start("from", from);
    }

    /** Last day of the period, or null. */
    public LocalDate toDate() {
        return DateBound.end("to", to);
    }

    /** The order actually used: an empty query has no relevance, so it is always newest first. */
    public SortOrder effectiveSort() {
        return query.isEmpty() ? SortOrder.DATE : sort;
    }

    public boolean hasFilters() {
        return !officials.isEmpty() || !countries.isEmpty() || !roles.isEmpty() || from != null || to != null;
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, officials, countries, roles, from, to, sort, newPage);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, officials, countries, roles, from, to, sort, 1);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, officials, countries, roles, from, to, newSort, 1);
    }

    public SearchRequest withPeriod(String newFrom, String newTo) {
        return new SearchRequest(query, officials, countries, roles, newFrom, newTo, sort, 1);
    }

    /** The request with one facet's values replaced (dimension: official, country or role), back on page 1. */
    public SearchRequest withFacet(String dimension, List<String> values) {
        return switch (dimension) {
            case "official" -> new SearchRequest(query, values, countries, roles, from, to, sort, 1);
            case "country" -> new SearchRequest(query, officials, values, roles, from, to, sort, 1);
            case "role" -> new SearchRequest(query, officials, countries, values, from, to, sort, 1);
            default -> throw new IllegalArgumentException("no facet " + dimension);
        };
    }

    /** The selected values of a facet (official, country or role). */
    public List<String> selected(String dimension) {
        return switch (dimension) {
            case "official" -> officials;
            case "country" -> countries;
            case "role" -> roles;
            default -> throw new IllegalArgumentException("no facet " + dimension);
        };
    }

    private static List<String> clean(String name, List<String> values, boolean upperCase) {
        if (values == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = CleanText.normalize(value).strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.length() > Limits.MAX_VALUE_CHARS) {
                throw new InvalidRequestException(name + " value is too long (" + v.length() + " characters)");
            }
            distinct.add(upperCase ? v.toUpperCase(Locale.ROOT) : v);
            if (distinct.size() > Limits.MAX_FACET_VALUES) {
                throw new InvalidRequestException("At most " + Limits.MAX_FACET_VALUES + " " + name
                        + " values can be selected at once.");
            }
        }
        return List.copyOf(distinct);
    }

    /** Only ASCII digits (after NFKC, so fullwidth ones too), as in dates; Integer.parseInt would take any script's. */
    private static int parsePage(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            if (!value.strip().matches("[+-]?[0-9]+")) {
                throw new NumberFormatException(value);
            }
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("page must be a number, not \"" + Limits.shorten(value) + "\"", e);
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : new ArrayList<>(values);
    }

    /** Nothing but spaces (any script's) and invisible format characters: what a user sees as an empty box. */
    private static boolean onlySpacing(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
