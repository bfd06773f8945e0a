package communique.search;

import communique.extract.Country;
import communique.extract.Official;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result list.
 *
 * @param id        the article id
 * @param title     headline, plain text
 * @param date      the article's date, or null when unknown
 * @param place     dateline place, or null
 * @param snippet   a passage of the body as HTML: the article text escaped, the query's terms in {@code <mark>}
 *                  and no other tag; safe to insert unescaped
 * @param officials officials named, in order of first mention
 * @param countries countries involved
 * @param url       the article's page on this server ("/article/{id}", id URL-encoded)
 */
public record Hit(String id, String title, LocalDate date, String place, String snippet, List<Official> officials,
                  List<Country> countries, String url) {

    public Hit {
        officials = List.copyOf(officials);
        countries = List.copyOf(countries);
    }
}
