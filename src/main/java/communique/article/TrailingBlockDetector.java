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
    public List<String> apply(List<String> lines) {
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
        while (i > 0 && windowMean(scores, i - 1) >= MOSTLY_FURNITURE) {
            i--;
        }
        return i;
    }

    /** Windows near the end reach back so that a window always holds WINDOW lines when the text has them. */
    private static double windowMean(double[] scores, int from) {
        int start = Math.max(0, Math.min(from, scores.length - WINDOW));
        int end = Math.min(scores.length, start + WINDOW);
        double sum = 0;
        for (int j = start; j < end; j++) {
            sum += scores[j];
        }
        return sum / (end - start);
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
