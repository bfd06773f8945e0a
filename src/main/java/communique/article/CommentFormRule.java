package communique.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts from a comment form or comment thread ("Leave a Reply", "Your email address will not be published",
 * "12 Comments") to the end: pages put comments after the story, so everything from there on is readers' text or
 * form labels. Above the first paragraph of prose such a line is only dropped.
 */
final class CommentFormRule implements FurnitureRule {

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        int head = LineScorer.firstProse(lines);
        List<StoryLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!(lines.get(i).isKnownFurniture() && FurniturePhrases.isCommentForm(lines.get(i).text()))) {
                kept.add(lines.get(i));
            } else if (i > head) {
                break;
            }
        }
        return kept;
    }
}
