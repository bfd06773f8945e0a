package communique.article;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a story with what the furniture rules know about it, each fact computed once on first use. Several
 * rules ask the same questions of the same lines, and the phrase patterns are not cheap; the line object carries the
 * answers from rule to rule. It belongs to one stripping pass and is never shared between threads.
 */
final class StoryLine {

    private final String text;
    private Boolean knownFurniture;
    private Boolean prose;
    private double baseScore = Double.NaN;
    private int words = -1;

    StoryLine(String text) {
        this.text = text;
    }

    static List<StoryLine> of(List<String> texts) {
        List<StoryLine> lines = new ArrayList<>(texts.size());
        for (String t : texts) {
            lines.add(new StoryLine(t));
        }
        return lines;
    }

    static List<String> texts(List<StoryLine> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (StoryLine line : lines) {
            texts.add(line.text);
        }
        return texts;
    }

    String text() {
        return text;
    }

    boolean isKnownFurniture() {
        if (knownFurniture == null) {
            knownFurniture = FurniturePhrases.isKnownFurniture(text);
        }
        return knownFurniture;
    }

    boolean isProse() {
        if (prose == null) {
            prose = LineScorer.isProse(this);
        }
        return prose;
    }

    /** The furniture score without the page-wide repetition signal, which depends on the other lines. */
    double baseScore() {
        if (Double.isNaN(baseScore)) {
            baseScore = LineScorer.baseScore(this);
        }
        return baseScore;
    }

    int words() {
        if (words < 0) {
            words = LineScorer.words(text);
        }
        return words;
    }

    @Override
    public String toString() {
        return text;
    }
}
