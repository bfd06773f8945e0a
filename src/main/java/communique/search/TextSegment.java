package communique.search;

/**
 * A run of article text with one presentation: plain, a query match, or a mention of an official or a country.
 *
 * @param text        plain text (never HTML)
 * @param highlighted whether the run matches the query
 * @param officialKey the official mentioned, or null
 * @param countryCode the country mentioned, or null
 */
public record TextSegment(String text, boolean highlighted, String officialKey, String countryCode) {
}
