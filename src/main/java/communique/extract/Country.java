package communique.extract;

/**
 * A country involved in an article.
 *
 * @param code ISO 3166 alpha-2 ("GB")
 * @param name display name ("United Kingdom")
 */
public record Country(String code, String name) {
}
