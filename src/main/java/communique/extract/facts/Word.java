package communique.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the body with its offsets.
 *
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param text  as written
 * @param stem  without a possessive {@code 's} ("Naqvi's" → "Naqvi")
 */
record Word(int start, int end, String text, String stem) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*");

    static List<Word> of(String body) {
        List<Word> words = new ArrayList<>(body.length() / 6 + 1);
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            String text = m.group();
            words.add(new Word(m.start(), m.end(), text, stem(text)));
        }
        return words;
    }

    private static String stem(String text) {
        int n = text.length();
        if (n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '\u2019')
                && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')) {
            return text.substring(0, n - 2);
        }
        return text;
    }

    boolean possessive() {
        return stem.length() != text.length();
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }
}
