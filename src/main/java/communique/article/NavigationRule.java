package communique.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops menu, pager, share-bar, copyright and newsletter lines wherever they stand: they are never story. Above the
 * first paragraph of prose it also drops what a page prints before a story (breadcrumbs, bylines, a bare date,,
 * section names of one to three words), which inside the story could be meaningful and so is left alone there.
 */
final class NavigationRule implements FurnitureRule {

    /**
     * "News » Pakistan » Politics": two or more separators between short segments. Segments exclude the separators,
     * so a long line full of "|" cannot send the matcher into exponential backtracking.
     */
    private static final Pattern BREADCRUMB = Pattern.compile("[^.!?»>|/›]{1,40}(?:\\s[»>|/›]\\s[^.!?»>|/›]{1,40}){2,}");

    /**
     * A press release's issuer above its headline: "Ministry of Planning, Development and Special Initiatives",
     * "Government of Pakistan", "Embassy of Pakistan, Washington". Only above the story, where it is no sentence.
     */
    private static final Pattern ISSUER = Pattern.compile("(?:government|ministry|embassy|consulate(?: general)?|high commission"
            + "|permanent mission|office|press information department)\\s+of\\s+[\\p{L}][\\p{L} ,&'’-]{2,90}", Pattern.CASE_INSENSITIVE);

    private static final Pattern SECTION_NAME = Pattern.compile("[\\p{L}&' -]+");
    private static final int MAX_SECTION_WORDS = 3;
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}'])\\p{Ll}[\\p{L}']*");
    /** Lower-case words that section names have ("Arts and Culture", "Sport of the Day"). */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "in", "for");

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        int head = LineScorer.firstProse(lines);
        List<StoryLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StoryLine line = lines.get(i);
            if (line.isKnownFurniture() && isNavigationAnywhere(line.text()) || (i < head && isHeadFurniture(line.text()))) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /** Menus and the like, and a date line labelled as one ("Updated 04 May, 2024"), which is never story. */
    private static boolean isNavigationAnywhere(String line) {
        return FurniturePhrases.isNavigation(line)
                || (FurniturePhrases.isDateLine(line) && FurniturePhrases.LABELLED_DATE.matcher(line).matches());
    }

    /**
     * "National", "World News", "Sci & Tech": one to three capitalised words without punctuation above the story name
     * its section. A short line with a lower-case word ("Minister meets envoy") is a headline in sentence case, and
     * the story's title.
     */
    private static boolean isSectionName(String line) {
        return LineScorer.words(line) <= MAX_SECTION_WORDS && SECTION_NAME.matcher(line).matches()
                && LOWER_CASE_WORD.matcher(line).results().allMatch(w -> CONNECTORS.contains(w.group()));
    }

    private static boolean isHeadFurniture(String line) {
        return isSectionName(line) || ISSUER.matcher(line).matches() || FurniturePhrases.isDateLine(line) || FurniturePhrases.BYLINE.matcher(line).matches()
                || BREADCRUMB.matcher(line).matches();
    }
}
