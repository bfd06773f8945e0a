package communique.web;

import communique.search.FacetCounts;
import communique.search.FacetValue;
import communique.search.Limits;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * The search page (and the home page, which is the search page of the empty query). When the request could not
 * be run, {@code error} says why and everything else is empty but the query, which stays in the box.
 */
public record SearchView(String title, boolean home, Parts.Form form, String error, String total, String took,
                         List<Parts.FacetGroup> facets, String chartTitle, List<Parts.Bar> chart,
                         List<Parts.Chip> chips, String clearAll, List<Parts.Link> sorts,
                         List<Parts.HitView> hits, List<Parts.Link> pages, String previous, String next,
                         String pageNote, String suggestion, String suggestionHref, String feed, String api,
                         String csv) {

    private static final int SHOWN_VALUES = 8;

    static SearchView of(SearchRequest request, SearchResult result, boolean home) {
        return new SearchView(title(request, home), home, form(request), null,
                Formats.articles(result.total()), result.tookMs() + " ms",
                groups(request, result.facets()), chartTitle(request), chart(request, result.facets()),
                chips(request, result.facets()), request.hasFilters() ? SearchUrls.search(cleared(request)) : null,
                sorts(request), result.hits().stream().map(h -> Formats.hit(h, request)).toList(),
                pages(request, result), request.page() > 1 ? SearchUrls.search(request.withPage(request.page() - 1))
                        : null,
                request.page() < result.pageCount() ? SearchUrls.search(request.withPage(request.page() + 1)) : null,
                pageNote(request, result), result.suggestion(),
                result.suggestion() == null ? null : SearchUrls.search(request.withQuery(result.suggestion())),
                SearchUrls.feed(request), SearchUrls.api(request), SearchUrls.csv(request));
    }

    /** The page for a request that was refused: the message, the query kept in the box. */
    static SearchView error(String query, String message) {
        return new SearchView("Search: " + (query == null ? "" : query), false,
                new Parts.Form(query == null ? "" : query, List.of()), message, null, null, List.of(), null,
                List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null);
    }

    public boolean noResults() {
        return error == null && hits.isEmpty();
    }

    private static String title(SearchRequest request, boolean home) {
        if (home) {
            return "Communiqué: diplomatic news search";
        }
        return request.query().isEmpty() ? "All articles · Communiqué" : request.query() + " · Communiqué";
    }

    private static Parts.Form form(SearchRequest request) {
        List<Parts.Hidden> hidden = new ArrayList<>();
        request.officials().forEach(v -> hidden.add(new Parts.Hidden("official", v)));
        request.countries().forEach(v -> hidden.add(new Parts.Hidden("country", v)));
        request.roles().forEach(v -> hidden.add(new Parts.Hidden("role", v)));
        if (request.from() != null) {
            hidden.add(new Parts.Hidden("from", request.from()));
        }
        if (request.to() != null) {
            hidden.add(new Parts.Hidden("to", request.to()));
        }
        if (request.sort() != SortOrder.RELEVANCE) {
            hidden.add(new Parts.Hidden("sort", request.sort().param()));
        }
        return new Parts.Form(request.query(), hidden);
    }

    private static List<Parts.FacetGroup> groups(SearchRequest request, FacetCounts counts) {
        List<Parts.FacetGroup> groups = new ArrayList<>();
        addGroup(groups, request, "official", "Officials", counts.official());
        addGroup(groups, request, "country", "Countries", counts.country());
        addGroup(groups, request, "role", "Roles", counts.role());
        return groups;
    }

    private static void addGroup(List<Parts.FacetGroup> groups, SearchRequest request, String dim, String title,
                                 List<FacetValue> values) {
        if (values.isEmpty()) {
            return;
        }
        List<Parts.Link> links = values.stream().map(v -> new Parts.Link(v.label(),
                SearchUrls.toggle(request, dim, v.value()), Formats.count(v.count()), v.selected())).toList();
        int shown = Math.min(SHOWN_VALUES, links.size());
        groups.add(new Parts.FacetGroup(dim, title, links.subList(0, shown), links.subList(shown, links.size())));
    }

    /** Per month when the period lies within one year, else per year. */
    private static boolean monthly(SearchRequest request) {
        return request.fromDate() != null && request.toDate() != null
                && request.fromDate().getYear() == request.toDate().getYear();
    }

    private static String chartTitle(SearchRequest request) {
        return monthly(request) ? "Articles per month, " + request.fromDate().getYear() : "Articles per year";
    }

    private static List<Parts.Bar> chart(SearchRequest request, FacetCounts counts) {
        return Formats.bars(monthly(request) ? counts.month() : counts.year(), request, true);
    }

    private static List<Parts.Chip> chips(SearchRequest request, FacetCounts counts) {
        List<Parts.Chip> chips = new ArrayList<>();
        for (String dim : List.of("official", "country", "role")) {
            List<FacetValue> values = switch (dim) {
                case "official" -> counts.official();
                case "country" -> counts.country();
                default -> counts.role();
            };
            for (String value : request.selected(dim)) {
                String label = values.stream().filter(v -> v.value().equals(value)).map(FacetValue::label)
                        .findFirst().orElse(value);
                chips.add(new Parts.Chip(kind(dim), label, SearchUrls.toggle(request, dim, value)));
            }
        }
        if (request.from() != null || request.to() != null) {
            String period = request.from() == null ? "until " + request.to()
                    : request.to() == null ? "since " + request.from()
                    : request.from().equals(request.to()) ? request.from() : request.from() + " to " + request.to();
            chips.add(new Parts.Chip("Date", period, SearchUrls.search(request.withPeriod(null, null))));
        }
        return chips;
    }

    private static String kind(String dim) {
        return switch (dim) {
            case "official" -> "Official";
            case "country" -> "Country";
            default -> "Role";
        };
    }

    private static SearchRequest cleared(SearchRequest request) {
        return new SearchRequest(request.query(), List.of(), List.of(), List.of(), null, null, request.sort(), 1);
    }

    private static List<Parts.Link> sorts(SearchRequest request) {
        boolean byDate = request.effectiveSort() == SortOrder.DATE;
        if (request.query().isEmpty()) {
            return List.of(new Parts.Link("Newest first", SearchUrls.search(request.withSort(SortOrder.RELEVANCE)),
                    null, true));
        }
        return List.of(
                new Parts.Link("Relevance", SearchUrls.search(request.withSort(SortOrder.RELEVANCE)), null, !byDate),
                new Parts.Link("Newest first", SearchUrls.search(request.withSort(SortOrder.DATE)), null, byDate));
    }

    /** Page links around the current one: first, last, and two either side. */
    private static List<Parts.Link> pages(SearchRequest request, SearchResult result) {
        int count = result.pageCount();
        List<Parts.Link> links = new ArrayList<>();
        if (count <= 1) {
            return links;
        }
        int current = request.page();
        int last = 0;
        for (int p = 1; p <= count; p++) {
            if (p == 1 || p == count || Math.abs(p - current) <= 2) {
                if (last != 0 && p > last + 1) {
                    links.add(new Parts.Link("…", null, null, false));
                }
                links.add(new Parts.Link(Integer.toString(p), SearchUrls.search(request.withPage(p)), null,
                        p == current));
                last = p;
            }
        }
        return links;
    }

    private static String pageNote(SearchRequest request, SearchResult result) {
        if (request.page() > 1 && result.hits().isEmpty() && result.total() > 0) {
            return "There is no page " + request.page() + "; the results end on page " + result.pageCount() + ".";
        }
        if (result.total() > Limits.MAX_DEPTH && request.page() == result.pageCount()) {
            return "Only the first " + Formats.count(Limits.MAX_DEPTH) + " results can be paged through;"
                    + " narrow the search with a facet or dates to see the rest.";
        }
        return null;
    }
}
