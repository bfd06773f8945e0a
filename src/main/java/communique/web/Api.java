package communique.web;

import communique.search.InvalidRequestException;
import communique.search.SearchBackend;
import communique.search.SearchJson;
import communique.search.SearchRequest;

import io.javalin.http.Context;

/** The JSON routes: the same records the pages use, written by {@link SearchJson}. */
final class Api {

    private final SearchBackend backend;
    private final Exports exports;

    Api(SearchBackend backend, Exports exports) {
        this.backend = backend;
        this.exports = exports;
    }

    /** A page of results as JSON, or with {@code format=jsonl} every result, one JSON object per line. */
    void search(Context ctx) {
        String format = ctx.queryParam("format");
        if ("jsonl".equals(format)) {
            exports.jsonl(ctx);
        } else if (format == null || format.equals("json")) {
            json(ctx, backend.search(SearchRequest.parse(ctx.queryParamMap())));
        } else {
            throw new InvalidRequestException("format must be json or jsonl, not \""
                    + (format.length() > 40 ? format.substring(0, 40) + "…" : format) + "\"");
        }
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String q = ctx.queryParam("q");
        json(ctx, backend.article(id, q == null ? "" : q, ArticlePageView.part(ctx))
                .orElseThrow(() -> new NotFound("There is no article with the id “" + id + "”.")));
    }

    void health(Context ctx) {
        json(ctx, backend.health());
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(SearchJson.write(value));
    }
}
