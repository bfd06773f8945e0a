package communique.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles: the first sentence of a body shortened at a word boundary (txt has no headline), and a page title without
 * its " | Site name" suffix. The sentence end skips abbreviations ("Lt.", "Gen.", "Dr."), initials ("A. Khan") and
 * dotted short forms ("U.S."), which in this domain stand before names far more often than at a sentence's end.
 */
final class Headline {

    static final int MAX_LENGTH = 110;
    /** The first sentence is looked for only this far in, so a huge first paragraph costs nothing. */
    private static final int SEARCH_LIMIT = 2000;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "lt", "gen", "col", "maj", "capt", "cdr",
            "brig", "adm", "sgt", "cpl", "gov", "sen", "rep", "rev", "hon", "amb", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc",
            "ltd", "co", "corp", "dept", "govt", "est", "approx", "fig", "vol", "art", "sec", "para", "retd", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pvt", "e.g", "i.e", "a.m", "p.m");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?\\.?");
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.{10,}?)\\s+(?:\\||-|–|—|::|·|»)\\s+([^|]{1,40})$");
    private static final int SITE_MAX_WORDS = 4;
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:\\||-|–|—|::|·|»)\\s+");
    private static final String TRAILING_PUNCTUATION = ",;:–—-";

    private Headline() {
    }

    /** The first sentence of {@code body}, at most {@link #MAX_LENGTH} characters, "…" marking a cut. */
    static String fromBody(String body) {
        String paragraph = body.strip();
        int blank = paragraph.indexOf("\n\n");
        if (blank >= 0) {
            paragraph = paragraph.substring(0, blank);
        }
        paragraph = paragraph.substring(0, Math.min(paragraph.length(), SEARCH_LIMIT));
        String sentence = paragraph.substring(0, sentenceEnd(paragraph)).strip();
        if (sentence.endsWith(".") && !sentence.endsWith("..")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return shorten(sentence);
    }

    /** A page title without a trailing site name: "UK, Pakistan agree on … | Dawn" gives "UK, Pakistan agree on …". */
    static String withoutSiteName(String title) {
        String t = Paragraphs.collapse(title);
        Matcher m = SITE_SUFFIX.matcher(t);
        if (m.matches() && LineScorer.words(m.group(2)) <= SITE_MAX_WORDS && m.group(1).length() > m.group(2).length()) {
            return m.group(1).strip();
        }
        return t;
    }

    /**
     * Whether a page title only names the site or a section ("Business Recorder", "Home - Pakistan Observer"): every
     * part between separators is one to three capitalised words. Such a title is no headline; the story's first
     * sentence then is.
     */
    static boolean isSiteName(String title) {
        String[] parts = SEPARATORS.split(Paragraphs.collapse(title));
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split(" ");
            if (words.length > SITE_MAX_WORDS - 1) {
                return false;
            }
            for (String w : words) {
                if (!Character.isUpperCase(w.codePointAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    static String shorten(String sentence) {
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = (cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, MAX_LENGTH - 1)).strip();
        while (!head.isEmpty() && TRAILING_PUNCTUATION.indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + "…";
    }

    /** The index just after the first sentence's closing punctuation (and closing quotes), or the text's length. */
    static int sentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && "\"”’')".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end == text.length()) {
                return end;
            }
            if (Character.isWhitespace(text.charAt(end)) && startsSentence(text, end) && (c != '.' || !isAbbreviation(text, i))) {
                return end;
            }
        }
        return text.length();
    }

    private static boolean startsSentence(String text, int from) {
        int j = from;
        while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || "\"“‘'(".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j < text.length() && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)));
    }

    /** Whether the word ending at the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || DOTTED.matcher(word + ".").matches();
    }
}
