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
    public List<String> apply(List<String> lines) {
        return lines.stream().filter(line -> !FurniturePhrases.isLinkLine(line)).collect(Collectors.toList());
    }
}
