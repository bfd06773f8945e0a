package communique.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps every format shares once it has the story's lines: the id policy ({@link ArticleIds}), the text
 * normalisation ({@link CleanText}), furniture removal, the dateline, the body layout, and a title from the first
 * sentence when the source gives none. Every reader ends here, so these are applied once, to every format alike.
 */
final class StoryText {

    private StoryText() {
    }

    /**
     * Builds the article from raw story lines. A first line that repeats the source's headline is dropped: pages
     * print the headline again above the story, and it is already the title.
     *
     * @param title the source's headline, or null to use the first sentence
     * @throws ArticleReadException when the id breaks the id policy, or nothing of the story is left
     */
    static Article toArticle(String id, String rawTitle, List<String> lines, LocalDate date, String source,
                             String rawUrl) throws ArticleReadException {
        String idProblem = ArticleIds.problem(id);
        if (idProblem != null) {
            throw new ArticleReadException(source, idProblem);
        }
        String title = CleanText.normalize(rawTitle);
        String url = CleanText.normalize(rawUrl);
        List<String> story = new ArrayList<>(FurnitureStripper.strip(
                lines.stream().map(line -> Paragraphs.collapse(CleanText.normalize(line)))
                        .filter(line -> !line.isEmpty()).toList()));
        if (title != null && !story.isEmpty() && story.get(0).equalsIgnoreCase(Paragraphs.collapse(title))) {
            story.remove(0);
        }
        Dateline dateline = takeDateline(story);
        String place = dateline == null ? null : dateline.place();
        LocalDate storyDate = date != null || dateline == null ? date : dateline.date();
        String body = Paragraphs.join(story);
        if (body.isBlank()) {
            throw new ArticleReadException(source, "no article text (empty, or only site furniture)");
        }
        String headline = title == null || title.isBlank() ? Headline.fromBody(body) : Paragraphs.collapse(title);
        return new Article(id, headline, body, storyDate, place, source, url);
    }

    /**
     * Removes the dateline from the first paragraph of prose (a headline-like line may stand above it) and returns
     * it, or null when there is none. A dateline on a line of its own ("ISLAMABAD:") counts too.
     */
    private static Dateline takeDateline(List<String> story) {
        int first = Math.min(LineScorer.firstProse(StoryLine.of(story)), story.size() - 1);
        for (int i = 0; i <= first; i++) {
            Dateline dateline = Dateline.find(story.get(i));
            if (dateline != null) {
                if (dateline.rest().isBlank()) {
                    story.remove(i);
                } else {
                    story.set(i, dateline.rest());
                }
                return dateline;
            }
        }
        return null;
    }
}
