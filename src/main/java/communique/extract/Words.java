package communique.extract;

import java.util.Locale;

/**
 * The distinct words of one text, each built and looked up in the {@link Lexicon} and the gazetteer once. An article
 * repeats most of its words ("the", the names it is about), and building the same strings and repeating the same
 * lookups for every occurrence made the tokenizer a tenth of the indexing CPU. Keyed by the characters themselves
 * (an open-addressing table), so a repeated word costs a hash over its characters and no allocation. A curly
 * apostrophe counts as a straight one, as it does in the token. One per text; not thread-safe.
 */
final class Words {

    /**
     * One distinct word or punctuation mark.
     *
     * @param word         starts with a letter or digit (a punctuation mark does not, and has no flags)
     * @param hasLowerCase holds a lower-case letter, which a shouted line's words do not
     */
    record Word(String text, String lower, int flags, boolean word, boolean hasLowerCase) {

        boolean isLetterWord() {
            return word && Character.isLetter(text.charAt(0));
        }
    }

    private final Lexicon lexicon = Lexicon.get();
    private final CountryGazetteer countries = CountryGazetteer.get();
    private Word[] slots;
    private int[] hashes;
    private int size;

    /** A table sized for a text of {@code chars} characters; it grows if the text has more distinct words. */
    Words(int chars) {
        int capacity = Integer.highestOneBit(Math.min(Math.max(64, chars / 6), 1 << 16)) * 2;
        slots = new Word[capacity];
        hashes = new int[capacity];
    }

    /** The word made of {@code chars[start, end)}. */
    Word get(char[] chars, int start, int end) {
        int hash = hash(chars, start, end);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Word w = slots[i];
            if (w == null) {
                w = build(new String(chars, start, end - start).replace('\u2019', '\''));
                slots[i] = w;
                hashes[i] = hash;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return w;
            }
            if (hashes[i] == hash && sameText(w.text(), chars, start, end)) {
                return w;
            }
        }
    }

    private Word build(String text) {
        boolean word = Character.isLetterOrDigit(text.charAt(0));
        if (!word) {
            return new Word(text, text, 0, false, false);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int flags = lexicon.flags(lower);
        if (Character.isUpperCase(text.charAt(0)) && countries.isCountryWord(text)) {
            flags |= Lexicon.COUNTRY;
        }
        return new Word(text, lower, flags, true, hasLowerCase(text));
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + straight(chars[i]);
        }
        return h ^ (h >>> 16);
    }

    private static boolean sameText(String text, char[] chars, int start, int end) {
        if (text.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i - start) != straight(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private static char straight(char c) {
        return c == '\u2019' ? '\'' : c;
    }

    private static boolean hasLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        Word[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new Word[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != null) {
                int i = oldHashes[k] & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[k];
                hashes[i] = oldHashes[k];
            }
        }
    }
}
