package communique.article;

import java.util.List;

/** One kind of site furniture and how to remove it from a story's lines (collapsed, non-blank paragraphs). */
interface FurnitureRule {

    /** Returns the lines without this rule's furniture; never modifies {@code lines}. */
    List<StoryLine> apply(List<StoryLine> lines);
}
