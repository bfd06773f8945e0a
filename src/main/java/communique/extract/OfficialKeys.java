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

    private OfficialKeys() {
    }

    /** The key of a person's name: lower-case ASCII words joined by hyphens; empty for a name of honorifics only. */
    public static String key(String name) {
        return String.join("-", parts(name));
    }

    /** The key's words, for matching a short mention against a fuller name. */
    static List<String> parts(String name) {
        String ascii = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        Lexicon lexicon = Lexicon.get();
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? Character.toLowerCase(ascii.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (word.length() > 0) {
                String w = word.toString();
                word.setLength(0);
                boolean leadingHonorific = out.isEmpty() && (lexicon.isHonorific(w) || w.equals("sen"));
                if (!leadingHonorific) {
                    out.add(lexicon.variant(w));
                }
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
