package communique.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
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
        return parse(id, Jsoup.parse(html), source, null);
    }

    /**
     * Parses one page fetched from the web (a WARC capture, a feed item's page). Web pages are not all UTF-8: the
     * bytes are decoded in the charset the server named, or, when it named none or one Java does not know, in the
     * one jsoup finds (a byte order mark, then {@code <meta charset>}, else UTF-8). The address the page was fetched
     * from becomes the article's URL, whatever its canonical link says.
     *
     * @param charset the charset of the HTTP Content-Type, or null
     * @throws ArticleReadException when the page has no story text
     */
    public static Article parseFetched(String id, byte[] html, String charset, String url, String source)
            throws ArticleReadException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), known(charset), "");
        } catch (IOException e) {
            throw new ArticleReadException(source, "cannot decode the page: " + e.getMessage(), e);
        }
        return parse(id, doc, source, url);
    }

    private static Article parse(String id, Document doc, String source, String url) throws ArticleReadException {
        HtmlMetadata meta = HtmlMetadata.of(doc);
        List<String> lines = HtmlMainText.lines(doc);
        return StoryText.toArticle(id, meta.title(), lines, meta.date(), source, url != null ? url : meta.url());
    }

    private static String known(String charset) {
        try {
            return charset != null && Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
