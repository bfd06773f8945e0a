package communique.web;

import communique.search.InvalidRequestException;
import communique.search.SearchJson;
import communique.search.ServerBusyException;

import io.javalin.http.Context;

import java.util.List;

/**
 * Every error answer: JSON {@code {"error": …}} under /api and /health, an HTML page elsewhere (the search page
 * itself for a refused search, with the query kept in the box). Never a stack trace; unexpected failures are
 * logged here and answered with a plain 500.
 */
final class Errors {

    private static final String HANDLED = "communique.error-handled";

    private final Views views;

    Errors(Views views) {
        this.views = views;
    }

    void invalid(InvalidRequestException e, Context ctx) {
        if (ctx.path().equals("/search")) {
            List<String> q = ctx.queryParamMap().getOrDefault("q", List.of());
            String query = q.isEmpty() ? "" : q.get(0);
            respond(ctx, 400, e.getMessage(), views.render("search",
                    SearchView.error(query.length() > 2_000 ? query.substring(0, 2_000) : query, e.getMessage())));
        } else {
            answer(ctx, 400, e.getMessage());
        }
    }

    void notFound(NotFound e, Context ctx) {
        answer(ctx, 404, e.getMessage());
    }

    /** Overload is the server's state, not the client's mistake: 503, and when to try again. */
    void busy(ServerBusyException e, Context ctx) {
        ctx.header("Retry-After", "1");
        answer(ctx, 503, e.getMessage());
    }

    void unexpected(Exception e, Context ctx) {
        System.err.println("error serving " + ctx.method() + " " + ctx.path() + ": " + e);
        e.printStackTrace();
        answer(ctx, 500, "The server failed to answer this request. Please try again later.");
    }

    /** Routes that do not exist (and 404s raised outside our handlers). */
    void status404(Context ctx) {
        if (ctx.attribute(HANDLED) == null) {
            answer(ctx, 404, "There is no page at this address.");
        }
    }

    void status405(Context ctx) {
        if (ctx.attribute(HANDLED) == null) {
            answer(ctx, 405, "This address only answers GET requests.");
        }
    }

    private void answer(Context ctx, int status, String message) {
        if (wantsJson(ctx)) {
            ctx.attribute(HANDLED, true);
            ctx.status(status).contentType("application/json; charset=utf-8").result(SearchJson.error(message));
        } else {
            respond(ctx, status, message, views.render("error", ErrorView.of(status, message)));
        }
    }

    private static void respond(Context ctx, int status, String message, String html) {
        ctx.attribute(HANDLED, true);
        SecurityHeaders.apply(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/") || ctx.path().equals("/health");
    }
}
