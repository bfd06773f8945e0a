package communique.web;

import communique.search.SearchRequest;
import communique.search.SortOrder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every link the pages generate, in canonical form: parameters in the fixed order q, official, country, role,
 * from, to, sort, page; no empty parameter; page left out when 1 and sort when it is the default. Two links to
 * the same state are therefore the same string, which keeps bookmarks and caches tidy.
 */
final class SearchUrls {

    private SearchUrls() {
    }

    static String search(SearchRequest request) {
        return "/search" + queryString(request, true);
    }

    static String feed(SearchRequest request) {
        return "/search.atom" + queryString(request.withPage(1), false);
    }

    /** Every result of the search as CSV: the same parameters, no page (an export starts at the first hit). */
    static String csv(SearchRequest request) {
        return "/search.csv" + queryString(request, false);
    }

    static String api(SearchRequest request) {
        return "/api/search" + queryString(request, true);
    }

    /** The article's page, carrying the search it was found by (for highlighting and the way back). */
    static String article(String id, SearchRequest from) {
        return "/article/" + pathSegment(id) + (from == null ? "" : queryString(from, true));
    }

    static String official(String key) {
        return "/official/" + pathSegment(key);
    }

    static String country(String code) {
        return "/country/" + pathSegment(code);
    }

    /** Adds the value to the facet's selection, or removes it when already selected. */
    static String toggle(SearchRequest request, String dimension, String value) {
        List<String> values = new ArrayList<>(request.selected(dimension));
        if (!values.remove(value)) {
            values.add(value);
        }
        return search(request.withFacet(dimension, values));
    }

    /** Only this one value of the facet (the links on hits and on article pages). */
    static String only(SearchRequest request, String dimension, String value) {
        List<String> values = new ArrayList<>(request.selected(dimension));
        if (!values.contains(value)) {
            values.add(value);
        }
        return search(request.withFacet(dimension, values));
    }

    static String queryString(SearchRequest request, boolean withPage) {
        List<String> params = new ArrayList<>();
        add(params, "q", request.query());
        request.officials().forEach(v -> add(params, "official", v));
        request.countries().forEach(v -> add(params, "country", v));
        request.roles().forEach(v -> add(params, "role", v));
        add(params, "from", request.from());
        add(params, "to", request.to());
        if (request.sort() != SortOrder.RELEVANCE) {
            add(params, "sort", request.sort().param());
        }
        if (withPage && request.page() != 1) {
            add(params, "page", Integer.toString(request.page()));
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    private static void add(List<String> params, String name, String value) {
        if (value != null && !value.isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
