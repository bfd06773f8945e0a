package communique.article;

import java.util.List;

/**
 * Removes site furniture from a story's lines, for every format, before anything else sees the body. The rules run
 * in an order where each one sees the story's true end: links and menus first, then comment forms and section labels
 * (which cut to the end), then the trailing-block detector, then the sign-off on what is now the last line. A rule
 * that would leave no prose at all is taken to have misfired, and its result is ignored: the story must survive.
 */
final class FurnitureStripper {

    private static final List<FurnitureRule> RULES = List.of(
            new LinkLineRule(),
            new NavigationRule(),
            new CommentFormRule(),
            new SectionLabelRule(),
            new TrailingBlockDetector(),
            new SignOffRule());

    private FurnitureStripper() {
    }

    /** The story's lines without furniture. */
    static List<String> strip(List<String> lines) {
        List<StoryLine> current = List.copyOf(StoryLine.of(lines));
        for (FurnitureRule rule : RULES) {
            List<StoryLine> next = rule.apply(current);
            if (!LineScorer.hasProse(current) || LineScorer.hasProse(next)) {
                current = List.copyOf(next);
            }
        }
        return StoryLine.texts(current);
    }
}
