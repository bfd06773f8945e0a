package communique.extract.identity;

import communique.extract.OfficialKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A variant's comparable form: its key words ({@link OfficialKeys#key}: case, accents, leading honorifics and known
 * spellings folded), each reduced to a consonant skeleton so that transliterations meet ("javad" and "javed" →
 * "jvd"; "chaudhry" and "chaudary" → "chdr"; "muhammad" and "mohammed" → "mhmd").
 *
 * @param key      the variant's own key ("chaudary-nisar")
 * @param words    its key words
 * @param skeleton one skeleton per word
 */
record NameForm(String key, List<String> words, List<String> skeleton) {

    /** Names longer than this are cut: no person's name has more words, and the work per variant stays bounded. */
    static final int MAX_WORDS = 8;

    static NameForm of(String key) {
        List<String> words = new ArrayList<>();
        for (String w : key.split("-")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        List<String> skeleton = new ArrayList<>(words.size());
        words.forEach(w -> skeleton.add(skeleton(w)));
        return new NameForm(String.join("-", words), List.copyOf(words), List.copyOf(skeleton));
    }

    /**
     * The first letter, then the consonants without "h" after a consonant and without doubled letters: vowels and
     * aspiration are where transliterations of one name differ. Digits are kept (a number names a monarch).
     */
    static String skeleton(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            boolean aspirate = c == 'h' && i > 0 && "aeiouy".indexOf(w.charAt(i - 1)) < 0;
            if (i == 0 || (!vowel && !aspirate)) {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    int size() {
        return words.size();
    }
}
