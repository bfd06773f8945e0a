package communique.bench;

import communique.bench.NamePool.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic article with the entities it truly contains.
 *
 * @param officials the officials named, in order of first mention
 * @param countries ISO codes of exactly the countries whose names or demonyms the text contains
 * @param events    the meetings and direct quotes it reports
 */
record GeneratedArticle(String id, String title, LocalDate date, String body, String url,
                        List<Person> officials, List<String> countries, EventTruth events) {
}
