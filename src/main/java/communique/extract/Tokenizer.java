package communique.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one pass over its characters. A line's words wait until its end, which says
 * whether the line is shouted (mostly capitals); then they become tokens. It runs over every character of every
 * article, so it scans a char array, looks at each character once, and takes each distinct word's strings and word
 * classes from {@link Words} rather than rebuilding them per occurrence. One instance per text; {@link #tokenize} is
 * thread-safe.
 */
final class Tokenizer {

    /** Abbreviations whose full stop does not end a sentence ("Dr. Faisal", "Lt. Gen."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "lt", "gen", "sen", "st", "no", "jr", "maj", "col", "brig", "capt", "rep");
    private static final Words.Word POSSESSIVE = new Words.Word("'s", "'s", 0, false, false);
    private static final Words.Word BREAK = new Words.Word(Token.BREAK, Token.BREAK, 0, false, false);

    private final char[] chars;
    private final Words words;
    private final List<Token> tokens;
    /** Words of the current line, not yet tokens. */
    private final List<Words.Word> line = new ArrayList<>();
    private boolean sentenceStart = true;
    private Words.Word previous = new Words.Word("", "", 0, false, false);
    /** The text's first line (a headline) never joins the next one. */
    private boolean firstLine = true;
    /** Words, and whether one was lower case, since the last line break kept. */
    private int logicalWords;
    private boolean logicalLower;

    private Tokenizer(String text) {
        this.chars = text.toCharArray();
        this.words = new Words(chars.length);
        this.tokens = new ArrayList<>(chars.length / 5);
    }

    static List<Token> tokenize(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.scan();
        return tokenizer.tokens;
    }

    private void scan() {
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isExPrefix(i)) {
                line.add(words.get(chars, i, i + 3));
                i += 3;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(i);
                line.add(words.get(chars, i, end));
                i = end;
            } else if (c == '\n') {
                endLine();
                if (previous != BREAK && !isWrapped(i)) {
                    emit(BREAK, false);
                    firstLine = false;
                    logicalWords = 0;
                    logicalLower = false;
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isApostrophe(c) && isPossessive(i)) {
                line.add(POSSESSIVE);
                i += 2;
            } else {
                line.add(words.get(chars, i, i + 1));
                i++;
            }
        }
        endLine();
    }

    /** "ex-" opening a word ("ex-prime minister", "ex-ISI chief"): its own token, so the title after it matches. */
    private boolean isExPrefix(int i) {
        return i + 3 < chars.length && (chars[i] == 'e' || chars[i] == 'E') && chars[i + 1] == 'x' && chars[i + 2] == '-'
                && Character.isLetterOrDigit(chars[i + 3]) && (i == 0 || !Character.isLetterOrDigit(chars[i - 1]));
    }

    /** End of the word starting at {@code start}: letters, digits, inner hyphens and apostrophes, U.S.-style dots. */
    private int wordEnd(int start) {
        int n = chars.length;
        if (start + 1 < n && chars[start + 1] == '.' && Character.isUpperCase(chars[start])) {
            int dotted = dottedEnd(start);
            if (dotted > start) {
                return dotted;
            }
        }
        int i = start + 1;
        while (i < n) {
            char c = chars[i];
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || isApostrophe(c)) && i + 1 < n && Character.isLetterOrDigit(chars[i + 1])
                    && (c == '-' || !isPossessive(i))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S.", "U.K.", "H.E.": two or more capital-dot pairs; else {@code start}. */
    private int dottedEnd(int start) {
        int i = start;
        int pairs = 0;
        while (i + 1 < chars.length && Character.isUpperCase(chars[i]) && chars[i + 1] == '.') {
            i += 2;
            pairs++;
        }
        return pairs >= 2 ? i : start;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private boolean isPossessive(int i) {
        int n = chars.length;
        return i + 1 < n && (chars[i + 1] == 's' || chars[i + 1] == 'S')
                && (i + 2 == n || !Character.isLetterOrDigit(chars[i + 2]));
    }

    /** Turns the line's words into tokens, all marked shouting when the line is. */
    private void endLine() {
        boolean shouting = isShouting(line);
        for (Words.Word w : line) {
            emit(w, shouting);
        }
        line.clear();
    }

    /**
     * Whether the line break at {@code i} was made by hard-wrapping rather than by the writer: wire copy wrapped at
     * a fixed width leaves "met British Home Secretary" at one line's end and "Yvette Cooper" at the next line's
     * start, and the reader keeps such a break when the next line starts with a capital. A break after a word (no
     * closing punctuation), inside prose (five or more words since the last kept break, one of them lower case), not
     * after the first line, and before a capital letter joins the lines.
     */
    private boolean isWrapped(int i) {
        if (firstLine || !previous.word() || logicalWords < 5 || !logicalLower) {
            return false;
        }
        int j = i + 1;
        while (j < chars.length && Character.isWhitespace(chars[j])) {
            j++;
        }
        return j < chars.length && Character.isUpperCase(chars[j]);
    }

    private void emit(Words.Word w, boolean shouting) {
        if (w.word()) {
            logicalWords++;
            logicalLower |= Character.isLowerCase(w.text().charAt(0));
        }
        tokens.add(new Token(w.text(), w.lower(), sentenceStart, shouting, w.flags()));
        sentenceStart = endsSentence(w) || (sentenceStart && !w.word());
        previous = w;
    }

    private boolean endsSentence(Words.Word w) {
        String text = w.text();
        if (w.word() || text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        if (c == '.') {
            boolean initial = previous.text().length() == 1 && Character.isUpperCase(previous.text().charAt(0));
            return !initial && !ABBREVIATIONS.contains(previous.lower());
        }
        return c == '!' || c == '?' || c == ':' || c == '\n';
    }

    /** A line of three or more words where most words are in capitals (headlines, shouted captions). */
    private static boolean isShouting(List<Words.Word> words) {
        int letterWords = 0;
        int caps = 0;
        for (Words.Word w : words) {
            if (w.isLetterWord()) {
                letterWords++;
                if (!w.hasLowerCase()) {
                    caps++;
                }
            }
        }
        return letterWords >= 3 && caps * 10 >= letterWords * 6;
    }
}
