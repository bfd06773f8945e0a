package communique.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of words.tsv, honorifics.tsv and spelling-variants.tsv, loaded once per JVM and read-only after.
 * Every lookup is a hash lookup on a lower-cased token.
 */
final class Lexicon {

    private final Map<String, Set<String>> kinds = new HashMap<>();
    /** place and modifier words that name a country ("punjab" → PK, "taliban" → AF). */
    private final Map<String, String> countryOf = new HashMap<>();
    /** honorific → true when it marks an office holder on its own (peers, ranks). */
    private final Map<String, Boolean> honorifics = new HashMap<>();
    private final Map<String, String> honorificCountry = new HashMap<>();
    private final Map<String, String> variants = new HashMap<>();

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private Lexicon() {
        for (String[] row : Tsv.read("words.tsv")) {
            kinds.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
            if (row.length > 2 && !row[2].isEmpty()) {
                countryOf.put(row[1], row[2]);
            }
        }
        for (String[] row : Tsv.read("honorifics.tsv")) {
            honorifics.put(row[0], "trigger".equals(row[1]));
            if (row.length > 2 && !row[2].isEmpty()) {
                honorificCountry.put(row[0], row[2]);
            }
        }
        for (String[] row : Tsv.read("spelling-variants.tsv")) {
            variants.put(row[0], row[1]);
        }
    }

    private boolean has(String kind, String lower) {
        return kinds.getOrDefault(kind, Set.of()).contains(lower);
    }

    boolean isStop(String lower) {
        return has("stop", lower);
    }

    boolean isOrg(String lower) {
        return has("org", lower);
    }

    boolean isPlace(String lower) {
        return has("place", lower);
    }

    boolean isModifier(String lower) {
        return has("modifier", lower);
    }

    boolean isPortfolio(String lower) {
        return has("portfolio", lower);
    }

    boolean isParticle(String lower) {
        return has("particle", lower);
    }

    boolean isFiller(String lower) {
        return has("filler", lower);
    }

    /** Country named by a place or modifier word, or null. */
    String countryOf(String lower) {
        return countryOf.get(lower);
    }

    boolean isHonorific(String lower) {
        return honorifics.containsKey(lower);
    }

    boolean isTriggerHonorific(String lower) {
        return honorifics.getOrDefault(lower, false);
    }

    /** Country whose honour the honorific is ("lord" → GB), or null. */
    String honorificCountry(String lower) {
        return honorificCountry.get(lower);
    }

    /** Key form of a name part ("mehmood" → "mahmood"), or the part itself. */
    String variant(String lowerAscii) {
        return variants.getOrDefault(lowerAscii, lowerAscii);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static List<String> words(String phrase) {
        return List.of(phrase.trim().split(" +"));
    }
}
