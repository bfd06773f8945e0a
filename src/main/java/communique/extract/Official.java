package communique.extract;

/**
 * A person named in an article as holding an office.
 *
 * @param key     canonical cross-article key after folding case, accents, honorifics and spelling variants
 *                ("mohsin-naqvi"); the facet value and the URL of the official's page
 * @param name    the person's fullest name in the article, without honorifics or ranks ("Nasser Janjua")
 * @param role    normalised office ("Interior Minister"), or null when none is known
 * @param country ISO 3166 alpha-2 code of the country they serve, or null when unknown
 */
public record Official(String key, String name, String role, String country) {
}
