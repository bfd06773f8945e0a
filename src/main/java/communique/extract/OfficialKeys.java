package communique.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One canonical key per person across articles: case, accents, leading honorifics and known spelling variants
 * folded ("Dr. Mohammad Faisal" and "Muhammad Faisal" → {@code muhammad-faisal}; "Ch Nisar" → {@code chaudhry-nisar}).
 * The search layer uses {@link #key(String)} to turn a typed name into the facet value.
 */
public final class OfficialKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private OfficialKeys() {
    }

    /** The key of a person's name: lower-case ASCII words joined by hyphens; empty for a name of honorifics only. */
    public static String key(String name) {
        return String.join("-", parts(name));
    }

    /** The key's words, for matching a short mention against a fuller name. */
    static List<String> parts(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String[] words = NON_ALNUM.matcher(Lexicon.lower(ascii)).replaceAll(" ").trim().split(" ");
        Lexicon lexicon = Lexicon.get();
        List<String> out = new ArrayList<>(words.length);
        for (String w : words) {
            boolean leadingHonorific = out.isEmpty() && (lexicon.isHonorific(w) || w.equals("sen"));
            if (!w.isEmpty() && !leadingHonorific) {
                out.add(lexicon.variant(w));
            }
        }
        return out;
    }
}
