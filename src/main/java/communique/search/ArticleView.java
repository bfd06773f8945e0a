package communique.search;

import communique.extract.Country;
import communique.extract.Official;

import java.time.LocalDate;
import java.util.List;

/**
 * One article for its page: metadata, and the body as paragraphs of {@link TextSegment}s carrying the query's
 * matches and the mentions of its officials and countries, so the view never needs to insert raw HTML.
 *
 * @param source    where it was read from (file, or file#line)
 * @param sourceUrl the original address, or null
 * @param paragraphs the paragraphs of the part shown ({@link ArticleParts}: the whole body of any real article)
 * @param related   similar articles (MoreLikeThis), without snippets
 * @param part      the part of the body shown, from 1
 * @param parts     how many parts the body has
 */
public record ArticleView(String id, String title, LocalDate date, String place, String source, String sourceUrl,
                          List<Official> officials, List<Country> countries, List<List<TextSegment>> paragraphs,
                          List<Hit> related, int part, int parts) {

    public ArticleView {
        officials = List.copyOf(officials);
        countries = List.copyOf(countries);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
        related = List.copyOf(related);
    }
}
