package communique.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores how much a line looks like site furniture rather than story: 1 for a known furniture phrase, a date line, a
 * short line repeated elsewhere on the page (sidebars print each headline twice) or a short line without closing
 * punctuation (a headline); 0.9 for a teaser cut off with "..."; 0 for a sentence of prose. Rules look at runs of
 * these scores, never at one line alone, because a story can hold a short line too.
 */
final class LineScorer {

    static final double FURNITURE = 0.8;
    private static final int HEADLINE_MAX_WORDS = 14;
    private static final int SENTENCE_MIN_WORDS = 6;
    private static final int PROSE_MIN_WORDS = 15;
    private static final int REPEAT_MAX_WORDS = 12;
    /** Above every word-count threshold of the rules (here and in {@link NavigationRule} and {@link Headline}). */
    private static final int WORDS_COUNTED = PROSE_MIN_WORDS + 1;
    private static final Pattern BULLET = Pattern.compile("(?:[-•*–·▪]|\\d{1,2}[.)])\\s");

    private LineScorer() {
    }

    /** Scores every line, using the whole list to find repeated lines. */
    static double[] scores(List<StoryLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (StoryLine line : lines) {
            if (line.words() <= REPEAT_MAX_WORDS) {
                counts.merge(line.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        double[] scores = new double[lines.size()];
        for (int i = 0; i < scores.length; i++) {
            StoryLine line = lines.get(i);
            boolean repeated = line.words() <= REPEAT_MAX_WORDS && counts.get(line.text().toLowerCase(Locale.ROOT)) > 1;
            scores[i] = repeated ? 1.0 : line.baseScore();
        }
        return scores;
    }

    static double baseScore(StoryLine line) {
        if (line.isKnownFurniture()) {
            return 1.0;
        }
        String core = withoutClosers(line.text());
        if (core.endsWith("...") || core.endsWith("…")) {
            return 0.9;
        }
        if (BULLET.matcher(line.text()).lookingAt()) {
            return 0.5;
        }
        if (core.endsWith(":") || core.endsWith(";")) {
            return 0.3;
        }
        if (endsSentence(core)) {
            return line.words() >= SENTENCE_MIN_WORDS ? 0.0 : 0.4;
        }
        return line.words() <= HEADLINE_MAX_WORDS ? 1.0 : 0.3;
    }

    /** A line that is surely story: a long line, or a sentence of several words ending in . ! or ?. */
    static boolean isProse(StoryLine line) {
        String core = withoutClosers(line.text());
        boolean teaser = core.endsWith("...") || core.endsWith("…");
        int words = line.words();
        return !teaser && (words >= PROSE_MIN_WORDS || (words >= SENTENCE_MIN_WORDS && endsSentence(core))) && !line.isKnownFurniture();
    }

    static int firstProse(List<StoryLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isProse()) {
                return i;
            }
        }
        return lines.size();
    }

    static boolean hasProse(List<StoryLine> lines) {
        return firstProse(lines) < lines.size();
    }

    /**
     * Counts words up to {@link #WORDS_COUNTED}, without building an array: lines can be megabytes long, and every
     * rule only asks whether a line has fewer words than a threshold below that, so a paragraph of prose is not
     * scanned to its end.
     */
    static int words(String line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && count < WORDS_COUNTED; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** The line without trailing closing quotes and brackets, so '…said.”' ends in a period. */
    private static String withoutClosers(String line) {
        int end = line.length();
        while (end > 0 && "\"”’')]»*".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean endsSentence(String core) {
        return !core.isEmpty() && ".!?".indexOf(core.charAt(core.length() - 1)) >= 0;
    }
}
