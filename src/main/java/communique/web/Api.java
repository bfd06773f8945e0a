package communique.web;

import communique.search.SearchBackend;
import communique.search.SearchJson;
import communique.search.SearchRequest;

import io.javalin.http.Context;

/** The JSON routes: the same records the pages use, written by {@link SearchJson}. */
final class Api {

    private final SearchBackend backend;

    Api(SearchBackend backend) {
        this.backend = backend;
    }

    void search(Context ctx) {
        json(ctx, backend.search(SearchRequest.parse(ctx.queryParamMap())));
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
