package communique.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names of ISO 3166 country codes, from the JDK's locale data, with the everyday English names where the
 * JDK's differ. Stands in until the extractor exposes its gazetteer.
 */
public final class CountryNames {

    private static final Map<String, String> PREFERRED = Map.of(
            "GB", "United Kingdom", "US", "United States");
    /** Short forms worth linking on an article page besides the name. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "GB", List.of("UK", "U.K.", "Britain"),
            "US", List.of("U.S.", "USA", "America"));
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, String> BY_NAME = byName();

    private CountryNames() {
    }

    /** "United Kingdom" for "GB"; the code itself when it is not a known country. */
    public static String name(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        String preferred = PREFERRED.get(upper);
        if (preferred != null) {
            return preferred;
        }
        if (!ISO.contains(upper)) {
            return code;
        }
        return NAMES.computeIfAbsent(upper, c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH));
    }

    /** The name and common short forms under which the country may appear in text. */
    public static List<String> mentions(String code) {
        String name = name(code);
        List<String> aliases = ALIASES.getOrDefault(code, List.of());
        return name.equals(code) ? aliases : java.util.stream.Stream.concat(java.util.stream.Stream.of(name),
                aliases.stream()).toList();
    }

    /** The code for a name or code typed by a user ("pakistan", "pk"), or null. */
    public static String code(String nameOrCode) {
        String key = nameOrCode.strip().toLowerCase(Locale.ROOT);
        if (key.length() == 2 && ISO.contains(key.toUpperCase(Locale.ROOT))) {
            return key.toUpperCase(Locale.ROOT);
        }
        return BY_NAME.get(key);
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new ConcurrentHashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(name(code).toLowerCase(Locale.ROOT), code);
        }
        names.put("uk", "GB");
        names.put("britain", "GB");
        names.put("usa", "US");
        return Map.copyOf(names);
    }
}
