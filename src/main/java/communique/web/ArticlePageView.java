package communique.web;

import communique.search.ArticleView;
import communique.search.InvalidRequestException;
import communique.search.SearchRequest;
import communique.search.TextSegment;

import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;

/**
 * The article page: its text as runs (plain, marked, or linked to an official's or a country's filter), its
 * metadata, similar articles, and the way back to the search it came from. A very long article is shown a part at a
 * time ({@code ?part=N}), with links to the previous and next parts.
 */
public record ArticlePageView(String title, Parts.Form form, String date, String isoDate, String place,
                              String source, String sourceUrl, List<Parts.Link> officials, List<Parts.Link> countries,
                              List<List<Run>> paragraphs, List<Parts.HitView> related, String back, String backLabel,
                              String partLabel, String previousPart, String nextPart) {

    /** The URL parameter naming the part of a long article to show. */
    static final String PART = "part";

    /** A run of text: {@code href} set for a mention, {@code mark} for a query match. */
    public record Run(String text, boolean mark, String href) {
    }

    static ArticlePageView of(ArticleView article, SearchRequest from, boolean cameFromSearch) {
        SearchRequest context = cameFromSearch ? from : SearchRequest.of("");
        List<Parts.Link> officials = article.officials().stream().map(o -> new Parts.Link(o.name(),
                SearchUrls.only(SearchRequest.of(""), "official", o.key()), o.role(), false)).toList();
        List<Parts.Link> countries = article.countries().stream().map(c -> Parts.Link.of(c.name(),
                SearchUrls.only(SearchRequest.of(""), "country", c.code()))).toList();
        List<List<Run>> paragraphs = article.paragraphs().stream()
                .map(p -> p.stream().map(ArticlePageView::run).toList()).toList();
        return new ArticlePageView(article.title(), new Parts.Form(context.query(), List.of()),
                Formats.date(article.date()), article.date() == null ? null : article.date().toString(),
                article.place(), article.source(), safeUrl(article.sourceUrl()), officials, countries, paragraphs,
                article.related().stream().map(h -> Formats.hit(h, context)).toList(),
                SearchUrls.search(context), !cameFromSearch ? "Browse all articles"
                        : from.query().isEmpty() ? "Back to results" : "Back to results for “" + from.query() + "”",
                article.parts() == 1 ? null : String.format(Locale.ROOT, "Part %,d of %,d of this long article",
                        article.part(), article.parts()),
                partLink(article, cameFromSearch ? from : null, article.part() - 1),
                partLink(article, cameFromSearch ? from : null, article.part() + 1));
    }

    /** The part asked for ({@code ?part=N}), 1 when none. */
    static int part(Context ctx) {
        String value = ctx.queryParam(PART);
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidRequestException("part must be a number, not \"" + (value.length() > 20
                    ? value.substring(0, 20) + "…" : value) + "\"");
        }
        return Integer.parseInt(value.strip());
    }

    private static String partLink(ArticleView article, SearchRequest from, int part) {
        if (part < 1 || part > article.parts()) {
            return null;
        }
        String page = SearchUrls.article(article.id(), from);
        return part == 1 ? page : page + (page.contains("?") ? "&" : "?") + PART + "=" + part;
    }

    private static Run run(TextSegment segment) {
        String href = segment.officialKey() != null ? SearchUrls.official(segment.officialKey())
                : segment.countryCode() != null ? SearchUrls.country(segment.countryCode()) : null;
        return new Run(segment.text(), segment.highlighted(), href);
    }

    /** Only http(s) addresses become links: a javascript: URL in a source must not. */
    private static String safeUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
