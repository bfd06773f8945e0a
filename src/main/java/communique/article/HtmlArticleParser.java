package communique.article;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses one HTML page into an article: metadata first (title from og:title, h1 or title; date from publication
 * metadata, JSON-LD or the story's time element; canonical address), then the main text with page furniture removed
 * and the same line rules as txt. jsoup is lenient, so broken markup parses; nothing here recurses on the tree.
 */
public final class HtmlArticleParser {

    private HtmlArticleParser() {
    }

    /**
     * Parses one page.
     *
     * @param id     the article id (the file name without extension)
     * @param html   the decoded page
     * @param source where it came from, for {@link Article#source()} and error messages
     * @throws ArticleReadException when the page has no story text
     */
    public static Article parse(String id, String html, String source) throws ArticleReadException {
        Document doc = Jsoup.parse(html);
        HtmlMetadata meta = HtmlMetadata.of(doc);
        List<String> lines = HtmlMainText.lines(doc);
        return StoryText.toArticle(id, meta.title(), lines, meta.date(), source, meta.url());
    }
}
