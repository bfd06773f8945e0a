package communique.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The countries the generator writes about, with the surface forms it uses for each. Every form here is one the
 * extractor's gazetteer knows, so an article's true countries are exactly the codes whose forms it writes.
 */
final class Countries {

    /**
     * @param code       ISO 3166 alpha-2
     * @param name       the name as written in running text ("the United Kingdom")
     * @param shortForm  short form for headlines and compounds ("UK", "Pakistan-US")
     * @param demonym    adjective before a title ("British High Commissioner")
     * @param weight     relative frequency in the corpus: the archive is Pakistan-centred wire news
     */
    record Country(String code, String name, String shortForm, String demonym, int weight) {

        /** "Pakistan's", "Britain's": possessive before a title ("the United States's" is not how news is written). */
        String possessive() {
            return switch (code) {
                case "US" -> "America's";
                case "GB" -> "Britain's";
                case "AE" -> "the UAE's";
                case "NL" -> "the Dutch";
                default -> name + "'s";
            };
        }
    }

    static final List<Country> ALL = List.of(
            new Country("PK", "Pakistan", "Pakistan", "Pakistani", 40),
            new Country("US", "the United States", "US", "US", 25),
            new Country("CN", "China", "China", "Chinese", 22),
            new Country("AF", "Afghanistan", "Afghanistan", "Afghan", 18),
            new Country("IN", "India", "India", "Indian", 18),
            new Country("GB", "the United Kingdom", "UK", "British", 14),
            new Country("SA", "Saudi Arabia", "Saudi Arabia", "Saudi", 8),
            new Country("AE", "the United Arab Emirates", "UAE", "Emirati", 6),
            new Country("IR", "Iran", "Iran", "Iranian", 7),
            new Country("RU", "Russia", "Russia", "Russian", 6),
            new Country("QA", "Qatar", "Qatar", "Qatari", 4),
            new Country("TR", "Türkiye", "Türkiye", "Turkish", 5),
            new Country("BD", "Bangladesh", "Bangladesh", "Bangladeshi", 3),
            new Country("LK", "Sri Lanka", "Sri Lanka", "Sri Lankan", 2),
            new Country("NP", "Nepal", "Nepal", "Nepalese", 1),
            new Country("DE", "Germany", "Germany", "German", 4),
            new Country("FR", "France", "France", "French", 4),
            new Country("JP", "Japan", "Japan", "Japanese", 3),
            new Country("KR", "South Korea", "South Korea", "South Korean", 2),
            new Country("EG", "Egypt", "Egypt", "Egyptian", 2),
            new Country("IQ", "Iraq", "Iraq", "Iraqi", 2),
            new Country("KW", "Kuwait", "Kuwait", "Kuwaiti", 1),
            new Country("OM", "Oman", "Oman", "Omani", 1),
            new Country("KZ", "Kazakhstan", "Kazakhstan", "Kazakh", 1),
            new Country("UZ", "Uzbekistan", "Uzbekistan", "Uzbek", 2),
            new Country("TJ", "Tajikistan", "Tajikistan", "Tajik", 1),
            new Country("CA", "Canada", "Canada", "Canadian", 2),
            new Country("AU", "Australia", "Australia", "Australian", 2),
            new Country("IT", "Italy", "Italy", "Italian", 2),
            new Country("NL", "the Netherlands", "Netherlands", "Dutch", 1),
            new Country("NO", "Norway", "Norway", "Norwegian", 1),
            new Country("MY", "Malaysia", "Malaysia", "Malaysian", 2),
            new Country("ID", "Indonesia", "Indonesia", "Indonesian", 2));

    static final Map<String, Country> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

    private Countries() {
    }

    static Country of(String code) {
        Country country = BY_CODE.get(code);
        if (country == null) {
            throw new IllegalArgumentException("no generator country with code " + code);
        }
        return country;
    }
}
