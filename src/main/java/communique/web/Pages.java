package communique.web;

import communique.search.ArticleView;
import communique.search.InvalidRequestException;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.SortOrder;

import io.javalin.http.Context;

/** The HTML routes: each parses its request, asks the backend, and renders one view model. */
final class Pages {

    private final SearchBackend backend;
    private final Views views;
    private final PublicUrl publicUrl;

    Pages(SearchBackend backend, Views views, PublicUrl publicUrl) {
        this.backend = backend;
        this.views = views;
        this.publicUrl = publicUrl;
    }

    void home(Context ctx) {
        SearchRequest request = SearchRequest.of("");
        html(ctx, "search", SearchView.of(request, backend.search(request), true));
    }

    void search(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap());
        html(ctx, "search", SearchView.of(request, backend.search(request), false));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        SearchRequest from = searchContext(ctx);
        ArticleView article = backend.article(id, from == null ? "" : from.query(), ArticlePageView.part(ctx))
                .orElseThrow(() -> new NotFound("There is no article with the id “" + id + "”."));
        html(ctx, "article", ArticlePageView.of(article, from == null ? SearchRequest.of("") : from, from != null));
    }

    void official(Context ctx) {
        String key = ctx.pathParam("key");
        html(ctx, "entity", EntityView.of(backend.official(key)
                .orElseThrow(() -> new NotFound("No article names an official with the key “" + key + "”."))));
    }

    void country(Context ctx) {
        String code = ctx.pathParam("code");
        html(ctx, "entity", EntityView.of(backend.country(code)
                .orElseThrow(() -> new NotFound("No article involves a country with the code “" + code + "”."))));
    }

    void feed(Context ctx) {
        SearchRequest request = SearchRequest.parse(ctx.queryParamMap()).withSort(SortOrder.DATE);
        String title = request.query().isEmpty() && !request.hasFilters() ? "Communiqué: newest articles"
                : "Communiqué: " + (request.query().isEmpty() ? "filtered articles" : request.query());
        String base = publicUrl.base(ctx);
        ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeed.write(backend.search(request), title,
                base, SearchUrls.feed(request), SearchUrls.search(request)));
    }

    /** The search an article was opened from (its URL carries it), or null when none or when it is invalid. */
    private static SearchRequest searchContext(Context ctx) {
        if (ctx.queryParamMap().keySet().stream().allMatch(ArticlePageView.PART::equals)) {
            return null;
        }
        try {
            return SearchRequest.parse(ctx.queryParamMap());
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    private void html(Context ctx, String template, Object view) {
        ctx.contentType("text/html; charset=utf-8").result(views.render(template, view));
    }
}
