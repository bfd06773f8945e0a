package communique.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores how much a line looks like site furniture rather than story: 1 for a known furniture phrase, a date line, a
 * line repeated elsewhere on the page (sidebars print each headline twice) or a short line without closing
 * punctuation (a headline); 0.9 for a teaser cut off with "..."; 0 for a sentence of prose. Rules look at runs of
 * these scores, never at one line alone, because a story can hold a short line too.
 */
final class LineScorer {

    static final double FURNITURE = 0.8;
    private static final int HEADLINE_MAX_WORDS = 14;
    private static final int SENTENCE_MIN_WORDS = 6;
    private static final int PROSE_MIN_WORDS = 15;
    private static final int REPEAT_MAX_WORDS = 12;
    private static final Pattern CLOSERS = Pattern.compile("[\"”’')\\]»*]+$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-•*–·▪]|\\d{1,2}[.)])\\s");
    private static final Pattern WORD = Pattern.compile("\\s+");

    private LineScorer() {
    }

    /** Scores every line, using the whole list to find repeated lines. */
    static double[] scores(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            counts.merge(key(line), 1, Integer::sum);
        }
        double[] scores = new double[lines.size()];
        for (int i = 0; i < scores.length; i++) {
            String line = lines.get(i);
            boolean repeated = counts.get(key(line)) > 1 && words(line) <= REPEAT_MAX_WORDS;
            scores[i] = score(line, repeated);
        }
        return scores;
    }

    static double score(String line, boolean repeated) {
        if (repeated || FurniturePhrases.isKnownFurniture(line)) {
            return 1.0;
        }
        String core = CLOSERS.matcher(line).replaceAll("");
        int words = words(line);
        if (core.endsWith("...") || core.endsWith("…")) {
            return 0.9;
        }
        if (BULLET.matcher(line).find()) {
            return 0.5;
        }
        if (core.endsWith(":") || core.endsWith(";")) {
            return 0.3;
        }
        if (endsSentence(core)) {
            return words >= SENTENCE_MIN_WORDS ? 0.0 : 0.4;
        }
        return words <= HEADLINE_MAX_WORDS ? 1.0 : 0.3;
    }

    /** A line that is surely story: a long line, or a sentence of several words ending in . ! or ?. */
    static boolean isProse(String line) {
        String core = CLOSERS.matcher(line).replaceAll("");
        int words = words(line);
        boolean teaser = core.endsWith("...") || core.endsWith("…");
        return !teaser && !FurniturePhrases.isKnownFurniture(line)
                && (words >= PROSE_MIN_WORDS || (words >= SENTENCE_MIN_WORDS && endsSentence(core)));
    }

    static int firstProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isProse(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    static boolean hasProse(List<String> lines) {
        return firstProse(lines) < lines.size();
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : WORD.split(s).length;
    }

    private static boolean endsSentence(String core) {
        return !core.isEmpty() && ".!?".indexOf(core.charAt(core.length() - 1)) >= 0;
    }

    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT);
    }
}
