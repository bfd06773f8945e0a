package communique.article;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the seeds' plain-text format: an optional {@code date YYYY-MM-DD} token at the very start (the body goes on
 * after it on the same line), then paragraphs separated by blank lines or one per line, perhaps opening with a
 * dateline. Text in, record out: no files, no state.
 */
public final class TxtArticleParser {

    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+|\\R|\\z)");

    private TxtArticleParser() {
    }

    /**
     * Parses one txt article.
     *
     * @param id     the article id (the file name without extension)
     * @param text   the decoded file content
     * @param source where it came from, for {@link Article#source()} and error messages
     * @throws ArticleReadException when no story text is left after furniture removal
     */
    public static Article parse(String id, String text, String source) throws ArticleReadException {
        LocalDate date = null;
        String rest = text;
        Matcher header = DATE_HEADER.matcher(text);
        if (header.lookingAt()) {
            date = IsoDates.parse(header.group(1));
            rest = text.substring(header.end());
        }
        return StoryText.toArticle(id, null, Paragraphs.lines(rest), date, source, null);
    }
}
