package communique.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists of words.tsv, honorifics.tsv and spelling-variants.tsv, loaded once per JVM and read-only after.
 * Every lookup is a hash lookup on a lower-cased token.
 */
final class Lexicon {

    /** Word classes, looked up once per token by the {@link Tokenizer} and kept in {@link Token#flags()}. */
    static final int STOP = 1;
    static final int ORG = 1 << 1;
    static final int PLACE = 1 << 2;
    static final int MODIFIER = 1 << 3;
    static final int PORTFOLIO = 1 << 4;
    static final int PARTICLE = 1 << 5;
    static final int FILLER = 1 << 6;
    static final int HONORIFIC = 1 << 7;
    static final int TRIGGER = 1 << 8;
    /** Set by the tokenizer, not here: a capitalised word that names a country and is never a name part. */
    static final int COUNTRY = 1 << 9;

    private static final Map<String, Integer> KIND_FLAGS = Map.of("stop", STOP, "org", ORG, "place", PLACE,
            "modifier", MODIFIER, "portfolio", PORTFOLIO, "particle", PARTICLE, "filler", FILLER);

    private final Map<String, Integer> flags = new HashMap<>();
    /** place and modifier words that name a country ("punjab" → PK, "taliban" → AF). */
    private final Map<String, String> countryOf = new HashMap<>();
    private final Map<String, String> honorificCountry = new HashMap<>();
    private final Map<String, String> variants = new HashMap<>();
    /** Honorifics that are part of a name when one name word follows ("Sheikh Hasina", "Syed Ali"). */
    private final java.util.Set<String> nameHonorifics = new java.util.HashSet<>();

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private Lexicon() {
        for (String[] row : Tsv.read("words.tsv")) {
            flags.merge(row[1], KIND_FLAGS.get(row[0]), (a, b) -> a | b);
            if (row.length > 2 && !row[2].isEmpty()) {
                countryOf.put(row[1], row[2]);
            }
        }
        for (String[] row : Tsv.read("honorifics.tsv")) {
            flags.merge(row[0], "trigger".equals(row[1]) ? HONORIFIC | TRIGGER : HONORIFIC, (a, b) -> a | b);
            if (row.length > 2 && !row[2].isEmpty()) {
                honorificCountry.put(row[0], row[2]);
            }
            if ("name".equals(row[1])) {
                nameHonorifics.add(row[0]);
            }
        }
        for (String[] row : Tsv.read("spelling-variants.tsv")) {
            variants.put(row[0], row[1]);
        }
    }

    /** The word classes of a lower-cased word, 0 for none. */
    int flags(String lower) {
        return flags.getOrDefault(lower, 0);
    }

    boolean isHonorific(String lower) {
        return (flags(lower) & HONORIFIC) != 0;
    }

    /** "sheikh", "syed": kept in a name of one word after it ("Sheikh Hasina"), dropped before longer names. */
    boolean isNameHonorific(String lower) {
        return nameHonorifics.contains(lower);
    }

    boolean isParticle(String lower) {
        return (flags(lower) & PARTICLE) != 0;
    }

    /** Country named by a place or modifier word, or null. */
    String countryOf(String lower) {
        return countryOf.get(lower);
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
