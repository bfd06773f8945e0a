package communique.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases indexed by their first word, matched longest first at a token position. A phrase word written
 * in capitals ("US", "FO") matches only that exact text; other words match in any case.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found in the text: tokens {@code [start, end)} stand for {@code value}. */
    record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(String[] words, boolean[] exact, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    void add(String phrase, V value) {
        List<String> words = Lexicon.words(phrase);
        String[] lower = new String[words.size()];
        boolean[] exact = new boolean[words.size()];
        for (int i = 0; i < lower.length; i++) {
            String w = words.get(i);
            exact[i] = isAcronym(w);
            lower[i] = exact[i] ? w : Lexicon.lower(w);
        }
        List<Entry<V>> list = byFirstWord.computeIfAbsent(Lexicon.lower(words.get(0)), k -> new ArrayList<>());
        list.add(new Entry<>(lower, exact, value));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().length));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> match(List<Token> tokens, int i) {
        List<Entry<V>> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (matches(e, tokens, i)) {
                return new Match<>(i, i + e.words().length, e.value());
            }
        }
        return null;
    }

    /** Whether every word of {@code e} matches the tokens from {@code i}; an acronym word never matches in a shouted line. */
    private static boolean matches(Entry<?> e, List<Token> tokens, int i) {
        if (i + e.words().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.words().length; k++) {
            Token t = tokens.get(i + k);
            String want = e.words()[k];
            if (e.exact()[k] ? !(t.text().equals(want) && !t.shouting()) : !t.lower().equals(want)) {
                return false;
            }
        }
        return true;
    }

    /** Two or more letters, all capitals: such phrase words are case-sensitive acronyms. */
    static boolean isAcronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
