package communique.article;

import java.util.List;

/**
 * Finds the block of other stories' headlines, dates and teasers that pages print after a story (a sidebar or
 * "more stories" strip flattened into the text) and cuts it. It grows a region backwards from the end while a
 * sliding window of line scores stays mostly furniture, then starts the cut at the first line of that region that
 * opens a run of at least two furniture lines. Requiring a run, not one short line, keeps a story's subheading
 * or one-line last paragraph; requiring prose before the cut keeps the story.
 */
final class TrailingBlockDetector implements FurnitureRule {

    private static final int WINDOW = 4;
    private static final double MOSTLY_FURNITURE = 0.6;

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        int n = lines.size();
        if (n < 3) {
            return lines;
        }
        double[] scores = LineScorer.scores(lines);
        int start = regionStart(scores);
        int cut = cutPoint(scores, start);
        if (cut >= n || !LineScorer.hasProse(lines.subList(0, cut))) {
            return lines;
        }
        return List.copyOf(lines.subList(0, cut));
    }

    /** The earliest line from which every window up to the end is mostly furniture. */
    private static int regionStart(double[] scores) {
        int i = scores.length;
        while (i > 0 && (mean(scores, i - 1, i - 1 + WINDOW) >= MOSTLY_FURNITURE || lastWindowIsFurniture(scores, i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Near the end a forward window is short; the last full window is consulted too, so a sidebar whose last line is a
     * teaser sentence still counts as a block.
     */
    private static boolean lastWindowIsFurniture(double[] scores, int from) {
        return from >= scores.length - WINDOW && mean(scores, scores.length - WINDOW, scores.length) >= MOSTLY_FURNITURE;
    }

    private static double mean(double[] scores, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(scores.length, to);
        double sum = 0;
        for (int j = start; j < end; j++) {
            sum += scores[j];
        }
        return end > start ? sum / (end - start) : 0;
    }

    private static int cutPoint(double[] scores, int regionStart) {
        for (int s = regionStart; s + 1 < scores.length; s++) {
            if (scores[s] >= LineScorer.FURNITURE && scores[s + 1] >= LineScorer.FURNITURE) {
                return s;
            }
        }
        return scores.length;
    }
}
