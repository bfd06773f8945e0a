package communique.web;

import io.javalin.http.Context;

import java.util.Map;

/**
 * Headers sent with every response, error pages and static files included: no script, style or frame from
 * anywhere but here (and no inline script or style at all), no MIME sniffing, no framing, referrers kept in-site.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
