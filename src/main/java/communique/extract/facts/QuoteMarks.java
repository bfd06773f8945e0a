package communique.extract.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the double quotation marks of one paragraph in a single pass. Curly marks say which way they face; a
 * straight mark opens when no quote is open and closes otherwise. A quote never runs past its paragraph: wire copy
 * reopens a quote that goes on into the next one, and an unbalanced mark must not swallow the rest of the article.
 * A quote left open at the paragraph's end is kept as unclosed so that callers can decide what it is worth.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static List<QuoteSpan> pair(String body, int from, int to) {
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '\u201C' || (c == '"' && open < 0)) {
                // a second opening mark while one is open: the first was never closed
                if (open >= 0) {
                    spans.add(new QuoteSpan(open, i, false));
                }
                open = i;
            } else if ((c == '\u201D' || c == '"') && open >= 0) {
                spans.add(new QuoteSpan(open, i, true));
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new QuoteSpan(open, to, false));
        }
        return spans;
    }
}
