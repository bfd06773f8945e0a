package communique.web;

import io.javalin.http.Context;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the server is reached from outside, the start of every absolute link it writes (the Atom feed's): the
 * address given to {@code serve --public-url}, or else the address and port the connection arrived at. Never the
 * request's Host header, which the client chooses: a forged one would point a feed's links (and any cache that
 * stored the feed) elsewhere, and HTTP/1.0 requests have none.
 */
public final class PublicUrl {

    private final String fixed;

    private PublicUrl(String fixed) {
        this.fixed = fixed;
    }

    /** The address each connection arrived at: right for a server reached directly, as when testing. */
    public static PublicUrl ofConnection() {
        return new PublicUrl(null);
    }

    /**
     * A fixed public address, such as {@code https://news.example.org/communique} behind a reverse proxy.
     *
     * @throws IllegalArgumentException unless it is an absolute http(s) address without query, fragment or user
     */
    public static PublicUrl of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--public-url is not a valid address: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("--public-url must be an http:// or https:// address with a host and"
                    + " no query, fragment or user, such as https://news.example.org/communique; not " + url);
        }
        String text = uri.toASCIIString();
        return new PublicUrl(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The scheme, host, port and path prefix for links in the answer to {@code ctx}, without a trailing slash. */
    String base(Context ctx) {
        if (fixed != null) {
            return fixed;
        }
        String address = ctx.req().getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + ctx.req().getLocalPort();
    }

    /** The fixed address, or a description of the default, for the start-up message. */
    @Override
    public String toString() {
        return fixed != null ? fixed : "the address each connection arrives at";
    }
}
