package communique.web;

import communique.article.CleanText;
import communique.search.InvalidRequestException;
import communique.search.SearchJson;
import communique.search.ServerBusyException;

import io.javalin.http.Context;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Every error answer: JSON {@code {"error": …}} under /api and /health, an HTML page elsewhere (the search page
 * itself for a refused search, with the query kept in the box). Never a stack trace; unexpected failures are
 * logged here and answered with a plain 500.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String HANDLED = "communique.error-handled";

    private final Views views;

    Errors(Views views) {
        this.views = views;
    }

    void invalid(InvalidRequestException e, Context ctx) {
        if (ctx.path().equals("/search")) {
            List<String> q = ctx.queryParamMap().getOrDefault("q", List.of());
            String query = q.isEmpty() ? "" : CleanText.normalize(q.get(0)); // shown in the box again: no controls
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

    /**
     * A failure of ours: one log line (the stack only at debug level, so a request that keeps failing cannot
     * flood the log) and a plain 500.
     */
    void unexpected(Exception e, Context ctx) {
        LOG.warn("error serving {} {}: {}", ctx.method(), shortPath(ctx), e.toString());
        LOG.debug("stack of the error above", e);
        answer(ctx, 500, "The server failed to answer this request. Please try again later.");
    }

    /**
     * An {@link Error} (out of memory, stack overflow) while answering: the server's state rather than the request's
     * fault, so 503 and when to try again, in one log line; Javalin's default logged the whole stack per request.
     */
    static void fatal(HttpServletResponse response, Error error) {
        LOG.error("could not answer a request: {}", error.toString());
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setHeader("Retry-After", "1");
        response.setStatus(503);
        response.setContentType("text/plain; charset=utf-8");
        try {
            response.getWriter().write("The server is overloaded and could not answer. Please try again shortly.\n");
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not write the 503 answer", e);
        }
    }

    /** The raw (still %-escaped) path, cut so that one log line stays short. */
    private static String shortPath(Context ctx) {
        String path = ctx.path();
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
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
