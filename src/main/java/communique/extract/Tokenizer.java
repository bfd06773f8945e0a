package communique.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into {@link Token}s in one pass over its characters. Stateless and thread-safe. */
final class Tokenizer {

    /** Abbreviations whose full stop does not end a sentence ("Dr. Faisal", "Lt. Gen."). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "lt", "gen", "sen", "st", "no", "jr", "maj", "col", "brig", "capt", "rep");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<String> words = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (words.isEmpty() || !Token.BREAK.equals(words.get(words.size() - 1))) {
                    words.add(Token.BREAK);
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isApostrophe(c) && isPossessive(text, i)) {
                words.add("'s");
                i += 2;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                words.add(text.substring(i, end).replace('\u2019', '\''));
                i = end;
            } else {
                words.add(String.valueOf(isApostrophe(c) ? '\'' : c));
                i++;
            }
        }
        return toTokens(words);
    }

    /** End of the word starting at {@code start}: letters, digits, inner hyphens and apostrophes, U.S.-style dots. */
    private static int wordEnd(String text, int start) {
        int dotted = dottedEnd(text, start);
        if (dotted > start) {
            return dotted;
        }
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            boolean nextIsLetter = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || (c == '-' && nextIsLetter)
                    || (isApostrophe(c) && nextIsLetter && !isPossessive(text, i))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S.", "U.K.", "H.E.": two or more capital-dot pairs; else {@code start}. */
    private static int dottedEnd(String text, int start) {
        int i = start;
        int pairs = 0;
        while (i + 1 < text.length() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
            i += 2;
            pairs++;
        }
        return pairs >= 2 ? i : start;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isPossessive(String text, int i) {
        int n = text.length();
        return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private static List<Token> toTokens(List<String> words) {
        boolean[] shouting = shoutingLines(words);
        Lexicon lexicon = Lexicon.get();
        CountryGazetteer countries = CountryGazetteer.get();
        List<Token> tokens = new ArrayList<>(words.size());
        boolean sentenceStart = true;
        String previous = "";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean word = Character.isLetterOrDigit(w.charAt(0));
            String lower = word ? w.toLowerCase(Locale.ROOT) : w;
            int flags = word ? lexicon.flags(lower) : 0;
            if (word && Character.isUpperCase(w.charAt(0)) && countries.isCountryWord(w)) {
                flags |= Lexicon.COUNTRY;
            }
            tokens.add(new Token(w, lower, sentenceStart, shouting[i], flags));
            sentenceStart = endsSentence(w, previous) || (sentenceStart && !Character.isLetterOrDigit(w.charAt(0)));
            previous = w;
        }
        return tokens;
    }

    private static boolean endsSentence(String w, String previous) {
        if (w.equals(".")) {
            boolean initial = previous.length() == 1 && Character.isUpperCase(previous.charAt(0));
            return !initial && !ABBREVIATIONS.contains(previous.toLowerCase(Locale.ROOT));
        }
        return w.equals("!") || w.equals("?") || w.equals(":") || w.equals(Token.BREAK);
    }

    private static boolean hasLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Marks lines of three or more words where most words are in capitals (headlines, shouted captions). */
    private static boolean[] shoutingLines(List<String> words) {
        boolean[] out = new boolean[words.size()];
        int lineStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || Token.BREAK.equals(words.get(i))) {
                markIfShouting(words, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void markIfShouting(List<String> words, int from, int to, boolean[] out) {
        int letterWords = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (Character.isLetter(w.charAt(0))) {
                letterWords++;
                if (!hasLowerCase(w)) {
                    caps++;
                }
            }
        }
        if (letterWords >= 3 && caps * 10 >= letterWords * 6) {
            java.util.Arrays.fill(out, from, to, true);
        }
    }
}
