package communique.extract;

import communique.article.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article with the entities found in it: what the indexer writes.
 *
 * @param article   the article as read
 * @param date      metadata date, else a dateline or explicit full date in the text; null when unknown
 * @param officials distinct officials, in order of first mention
 * @param countries distinct countries, in order of first mention
 */
public record ExtractedArticle(Article article, LocalDate date, List<Official> officials, List<Country> countries) {

    public ExtractedArticle {
        officials = List.copyOf(officials);
        countries = List.copyOf(countries);
    }
}
