package communique.search;

import communique.extract.Country;
import communique.extract.Official;
import communique.index.Fields;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article body into paragraphs of {@link TextSegment}s: the query's matches (found by the
 * UnifiedHighlighter over the whole text) and the mentions of the article's officials and countries. The result
 * is plain text with attributes, so the page escapes all of it.
 */
final class ArticleText {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");

    private ArticleText() {
    }

    static List<List<TextSegment>> segments(String body, Query query, List<Official> officials,
                                            List<Country> countries) throws IOException {
        int n = body.length();
        boolean[] marked = new boolean[n];
        String[] official = new String[n];
        String[] country = new String[n];
        for (int[] span : matches(body, query)) {
            for (int i = span[0]; i < Math.min(n, span[1]); i++) {
                marked[i] = true;
            }
        }
        for (Official o : officials) {
            for (String name : officialMentions(o)) {
                mark(body, name, official, o.key());
            }
        }
        for (Country c : countries) {
            for (String name : CountryNames.mentions(c.code())) {
                mark(body, name, country, c.code());
            }
        }
        List<List<TextSegment>> paragraphs = new ArrayList<>();
        Matcher line = LINE.matcher(body);
        while (line.find()) {
            if (!line.group().isBlank()) {
                paragraphs.add(runs(body, line.start(), line.end(), marked, official, country));
            }
        }
        return paragraphs;
    }

    private static List<TextSegment> runs(String body, int start, int end, boolean[] marked, String[] official,
                                          String[] country) {
        List<TextSegment> runs = new ArrayList<>();
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || marked[i] != marked[runStart] || !Objects.equals(official[i], official[runStart])
                    || !Objects.equals(country[i], country[runStart])) {
                runs.add(new TextSegment(body.substring(runStart, i), marked[runStart], official[runStart],
                        country[runStart]));
                runStart = i;
            }
        }
        return runs;
    }

    /** The full name, and the surname alone when it is distinctive enough to stand for the person. */
    private static List<String> officialMentions(Official official) {
        String[] parts = official.name().split("\\s+");
        String surname = parts[parts.length - 1];
        return parts.length > 1 && surname.length() >= 4 ? List.of(official.name(), surname)
                : List.of(official.name());
    }

    /** Marks whole-word occurrences of {@code text} not already claimed by a longer mention. */
    private static void mark(String body, String text, String[] target, String value) {
        if (text.isBlank()) {
            return;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])").matcher(body);
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = target[i] == null;
            }
            if (free) {
                for (int i = m.start(); i < m.end(); i++) {
                    target[i] = value;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<int[]> matches(String body, Query query) throws IOException {
        if (query == null || body.isEmpty()) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(UserQueryParser.ANALYZER)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(body.length() + 1)
                .withFormatter(new SpanFormatter())
                .build();
        Object spans = highlighter.highlightWithoutSearcher(Fields.BODY, query, body, 1);
        return spans instanceof List<?> list ? (List<int[]>) list : List.of();
    }

    /** Returns the match offsets instead of HTML. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> spans = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    spans.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
            }
            return spans;
        }
    }
}
