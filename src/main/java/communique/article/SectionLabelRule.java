package communique.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles section labels ("Opinion", "Related Articles", "More from Pakistan", "Trending"). After the story a label
 * opens a list of other stories: when what follows is mostly furniture (or not prose at all) everything from the
 * label on goes. In the middle of a story it is an inline box: the label and the headlines right after it go, and
 * the story's paragraphs after the box stay. Above the story it is the page's section name and is dropped.
 */
final class SectionLabelRule implements FurnitureRule {

    private static final double MOSTLY_FURNITURE = 0.6;

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        double[] scores = LineScorer.scores(lines);
        int head = LineScorer.firstProse(lines);
        List<StoryLine> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            StoryLine line = lines.get(i);
            if (!(line.isKnownFurniture() && FurniturePhrases.isSectionLabel(line.text()))) {
                kept.add(line);
                i++;
            } else if (i > head && restIsFurniture(lines, scores, i + 1)) {
                break;
            } else {
                i = i > head ? skipRun(scores, i + 1) : i + 1;
            }
        }
        return kept;
    }

    private static boolean restIsFurniture(List<StoryLine> lines, double[] scores, int from) {
        if (from >= lines.size() || !LineScorer.hasProse(lines.subList(from, lines.size()))) {
            return true;
        }
        double sum = 0;
        for (int j = from; j < scores.length; j++) {
            sum += scores[j];
        }
        return sum / (scores.length - from) >= MOSTLY_FURNITURE;
    }

    private static int skipRun(double[] scores, int from) {
        int j = from;
        while (j < scores.length && scores[j] >= LineScorer.FURNITURE) {
            j++;
        }
        return j;
    }
}
