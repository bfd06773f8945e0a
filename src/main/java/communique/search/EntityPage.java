package communique.search;

import java.util.List;

/**
 * An official's or a country's page: who or what it is, how often and when it appears, its articles, and the
 * officials and countries that appear with it most.
 *
 * @param kind         "official" or "country"
 * @param key          the official's key or the country code
 * @param name         display name
 * @param roles        the official's roles as found in articles (empty for a country)
 * @param country      the official's country as a display name, or null
 * @param articleCount articles naming it
 * @param timeline     articles per year, oldest first
 * @param articles     the newest articles, newest first
 * @param officials    officials appearing with it most (itself excluded)
 * @param countries    countries appearing with it most (itself excluded)
 */
public record EntityPage(String kind, String key, String name, List<String> roles, String country, long articleCount,
                         List<FacetValue> timeline, List<Hit> articles, List<FacetValue> officials,
                         List<FacetValue> countries) {

    public EntityPage {
        roles = List.copyOf(roles);
        timeline = List.copyOf(timeline);
        articles = List.copyOf(articles);
        officials = List.copyOf(officials);
        countries = List.copyOf(countries);
    }
}
