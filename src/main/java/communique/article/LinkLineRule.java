package communique.article;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Drops in-body links to other stories ("Read more: …", "Also Read: …", "Related: …", "See also: …"). Editors put
 * them between paragraphs; the whole line is another story's headline, so the whole line goes and the paragraphs
 * around it stay.
 */
final class LinkLineRule implements FurnitureRule {

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        return lines.stream().filter(line -> !(line.isKnownFurniture() && FurniturePhrases.isLinkLine(line.text()))).collect(Collectors.toList());
    }
}
