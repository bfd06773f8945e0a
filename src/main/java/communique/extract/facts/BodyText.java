package communique.extract.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body cut into paragraphs (at blank lines), quotation spans and sentences. A sentence never ends inside a
 * quotation, so a quoted passage of several sentences stays with its attribution. One pass per paragraph; the cost
 * is linear in the body's length.
 */
final class BodyText {

    /** Words whose full stop does not end a sentence ("Lt Gen.", "Mr. Dar"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "lt", "gen", "col",
            "brig", "maj", "capt", "sen", "rep", "st", "no", "jr", "retd", "gov", "sgt", "hon", "vs", "u.s", "u.k");

    /** The lengths of a hard-wrapped line: wire copy wraps at 60 to 100 characters. */
    private static final int WRAP_MIN = 30;
    private static final int WRAP_MAX = 110;

    final String body;
    final List<Sentence> sentences = new ArrayList<>();
    final List<QuoteSpan> quotes = new ArrayList<>();

    BodyText(String body) {
        this.body = body;
        int start = 0;
        int blockStart = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            end = end < 0 ? body.length() : end;
            if (end == body.length() || !wrapped(start, end)) {
                paragraph(blockStart, end);
                blockStart = end + 2;
            }
            start = end + 2;
        }
    }

    /**
     * A line of hard-wrapped wire copy that the reader took for a paragraph because the next line starts with a
     * capital ("held talks with" / "Chinese Premier Li Keqiang ..."): short, ending in a lower-case word without a
     * full stop. A headline ends in a capitalised word; a real paragraph is longer than a wrapped line.
     */
    private boolean wrapped(int start, int end) {
        int length = end - start;
        if (length < WRAP_MIN || length > WRAP_MAX) {
            return false;
        }
        char last = body.charAt(end - 1);
        int wordStart = end;
        while (wordStart > start && Character.isLetter(body.charAt(wordStart - 1))) {
            wordStart--;
        }
        return Character.isLowerCase(last) && wordStart < end && Character.isLowerCase(body.charAt(wordStart));
    }

    private void paragraph(int from, int to) {
        List<QuoteSpan> spans = QuoteMarks.pair(body, from, to);
        quotes.addAll(spans);
        int sentenceStart = skipSpace(from, to);
        int q = 0;
        for (int i = from; i < to; i++) {
            while (q < spans.size() && spans.get(q).close() < i) {
                q++;
            }
            if (q < spans.size() && spans.get(q).contains(i)) {
                i = spans.get(q).close() - 1;
                continue;
            }
            int end = sentenceEnd(i, to);
            if (end > 0) {
                add(sentenceStart, end);
                sentenceStart = skipSpace(end, to);
                i = sentenceStart - 1;
            }
        }
        add(sentenceStart, to);
    }

    /** The end of a sentence whose last mark is at {@code i}, or -1. */
    private int sentenceEnd(int i, int to) {
        char c = body.charAt(i);
        int end;
        if (c == '.' || c == '!' || c == '?') {
            end = i + 1;
        } else if ((c == '\u201D' || c == '"') && i > 0 && ".!?".indexOf(body.charAt(i - 1)) >= 0) {
            end = i + 1;
        } else {
            return -1;
        }
        if (end < to && !Character.isWhitespace(body.charAt(end))) {
            return -1;
        }
        int next = skipSpace(end, to);
        if (next < to && !startsSentence(body.charAt(next))) {
            return -1;
        }
        return c == '.' && abbreviation(i) ? -1 : end;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\u201C' || c == '"' || c == '(';
    }

    /** "Lt Gen." or an initial ("A. Khan"): the word before the full stop at {@code dot}. */
    private boolean abbreviation(int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(body.charAt(s - 1)) || body.charAt(s - 1) == '.')) {
            s--;
        }
        String word = body.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private int skipSpace(int i, int to) {
        while (i < to && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private void add(int start, int end) {
        if (end > start) {
            sentences.add(new Sentence(start, end));
        }
    }

    /** The quotation containing {@code offset} strictly inside its marks, or null. */
    QuoteSpan quoteAround(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan s = quotes.get(mid);
            if (s.close() < offset) {
                lo = mid + 1;
            } else if (s.open() >= offset) {
                hi = mid - 1;
            } else {
                return s.contains(offset) ? s : null;
            }
        }
        return null;
    }
}
