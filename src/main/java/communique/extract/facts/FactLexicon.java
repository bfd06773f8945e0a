package communique.extract.facts;

import communique.extract.Tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the fact rules need from the shared gazetteers (src/main/resources/gazetteer): role surface forms with
 * their normalised roles (roles.tsv), country forms (countries.tsv) and places (the {@code place} rows of
 * words.tsv). Read here rather than through the extract package's own tables, which are that package's private
 * business; loaded once per JVM, read-only afterwards.
 */
final class FactLexicon {

    /** Lower-case role form ("minister of interior") → normalised role ("Interior Minister"). */
    private final Map<String, String> roles = new HashMap<>();
    /** Country form as written, capitalised ("British", "UK", "Pakistan") → ISO code. */
    private final Map<String, String> countries = new HashMap<>();
    /** Lower-case place ("islamabad", "new york") → ISO code. */
    private final Map<String, String> places = new HashMap<>();
    private int longestRole = 1;

    private static final class Holder {
        static final FactLexicon INSTANCE = new FactLexicon();
    }

    static FactLexicon get() {
        return Holder.INSTANCE;
    }

    private FactLexicon() {
        for (String[] row : Tsv.read("roles.tsv")) {
            if (row.length >= 2) {
                String form = isAcronym(row[0]) ? row[0] : row[0].toLowerCase(Locale.ROOT);
                roles.putIfAbsent(form, row[1]);
                longestRole = Math.max(longestRole, form.split(" ").length);
            }
        }
        for (String[] row : Tsv.read("countries.tsv")) {
            for (String form : row[2].split("\\|")) {
                if (!form.startsWith("!") && !form.startsWith("~")) {
                    countries.putIfAbsent(form.replace("'s", ""), row[0]);
                }
            }
        }
        // the European Union sends delegations and envoys like a country; the country gazetteer rightly lacks it
        for (String form : List.of("European Union", "EU", "European")) {
            countries.putIfAbsent(form, "EU");
        }
        for (String[] row : Tsv.read("words.tsv")) {
            if (row[0].equals("place") && row.length >= 3) {
                places.put(row[1], row[2]);
            }
        }
    }

    /** The normalised role for a surface form, or null. */
    String role(String form) {
        String exact = roles.get(form);
        return exact != null ? exact : roles.get(form.toLowerCase(Locale.ROOT));
    }

    int longestRole() {
        return longestRole;
    }

    /** The country a capitalised form names ("British" → GB), or null. */
    String country(String form) {
        return countries.get(form);
    }

    /** The country of a known place ("Islamabad" → PK), or null when the place is not in the gazetteer. */
    String place(String name) {
        return places.get(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isAcronym(String form) {
        return form.length() >= 2 && form.chars().noneMatch(Character::isLowerCase);
    }
}
