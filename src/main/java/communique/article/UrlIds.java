package communique.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The ids of articles known by their address (WARC captures, feed items): a readable slug of host and path, then 12
 * hex digits of a hash of the normalised address, so two addresses that slug alike still get different ids. An id is
 * safe in a URL path segment and on a file system, and the same address always gives the same id, whichever input it
 * came from. This is the one place that turns an address into an id, so a project-wide id policy applies here.
 */
public final class UrlIds {

    private static final int MAX_SLUG_CHARS = 64;
    private static final int HASH_HEX_CHARS = 12;

    private UrlIds() {
    }

    /** The article id of the page at {@code url}. */
    public static String idOf(String url) {
        String key = keyOf(url);
        String hash = RawHash.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_HEX_CHARS);
        String slug = slug(key);
        return slug.isEmpty() ? "page-" + hash : slug + "-" + hash;
    }

    /**
     * The address as identity sees it: scheme, user info, a leading "www.", the default port, the fragment and
     * tracking parameters dropped, the host lower-cased; the rest of path and query kept as they are. http and https captures of one page, or a link
     * with and without "#comments" or "?utm_source=feed", are one article.
     */
    public static String keyOf(String url) {
        String rest = url.strip();
        int scheme = rest.indexOf("://");
        if (scheme > 0 && rest.substring(0, scheme).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
            rest = rest.substring(scheme + 3);
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int end = firstOf(rest, "/?");
        String authority = rest.substring(0, end);
        String pathAndQuery = withoutTracking(rest.substring(end));
        return host(authority) + (pathAndQuery.isEmpty() ? "/" : pathAndQuery);
    }

    /** Drops the query parameters that only say where a reader came from (utm_*, fbclid, gclid), as feeds add them. */
    private static String withoutTracking(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        StringBuilder kept = new StringBuilder();
        for (String param : pathAndQuery.substring(q + 1).split("&")) {
            String name = param.toLowerCase(Locale.ROOT);
            if (!param.isEmpty() && !name.startsWith("utm_") && !name.startsWith("fbclid=") && !name.startsWith("gclid=")) {
                kept.append(kept.length() == 0 ? "?" : "&").append(param);
            }
        }
        return pathAndQuery.substring(0, q) + kept;
    }

    private static String host(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (host.endsWith(":80") || host.endsWith(":443")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Lower-case ASCII letters, digits and dots, every other run of characters one hyphen, cut at a hyphen. */
    private static String slug(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length() && out.length() < MAX_SLUG_CHARS; i++) {
            char c = Character.toLowerCase(key.charAt(i));
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
            if (keep) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString();
        if (slug.length() >= MAX_SLUG_CHARS && slug.lastIndexOf('-') > MAX_SLUG_CHARS / 2) {
            slug = slug.substring(0, slug.lastIndexOf('-'));
        }
        return trimDotsAndHyphens(slug);
    }

    private static String trimDotsAndHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }
}
