package communique.article;

import org.netpreserve.jwarc.HttpResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Map;

/**
 * One chosen HTML capture, as pass two of a WARC file copies it out: the record's block, parsed on whichever thread
 * parses it. A response's block is the HTTP message as the crawler received it, so parsing undoes its transfer and
 * content encodings (chunked, gzip, br, deflate) before the HTML reader decodes the page in the charset the server
 * named. The record's target address is the article's URL and, through {@link UrlIds}, its id.
 *
 * @param block   the record's block: an HTTP response, or for a resource record the page itself
 * @param http    whether the block is an HTTP response
 * @param charset the resource record's own charset, or null (a response's comes from its HTTP header)
 * @param target  the record's WARC-Target-URI
 * @param source  "file#offset=N", for the article and error messages
 */
record WarcPage(byte[] block, boolean http, String charset, String target, String source) implements RawArticle {

    @Override
    public void parseInto(ArticleSink sink) {
        try {
            byte[] page = block;
            String pageCharset = charset;
            if (http) {
                HttpResponse response = parseHttp();
                page = payload(response);
                pageCharset = charsetOf(response.contentType().parameters());
            }
            if (page.length == 0) {
                throw new ArticleReadException(source, "empty page (" + target + ")");
            }
            RawText.checkNotBinary(page, source);
            Article article = HtmlArticleParser.parseFetched(UrlIds.idOf(target), page, pageCharset, target, source);
            sink.accept(article, RawHash.sha256Hex(page));
        } catch (ArticleReadException e) {
            sink.skipped(e);
        }
    }

    @Override
    public int bytesHeld() {
        return block.length;
    }

    private HttpResponse parseHttp() throws ArticleReadException {
        try {
            return HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        } catch (IOException | RuntimeException e) {
            throw undecodable(e);
        }
    }

    /** The page's bytes with transfer and content encodings undone, refused past the document limit. */
    private byte[] payload(HttpResponse response) throws ArticleReadException {
        try (InputStream body = response.bodyDecoded().stream()) {
            byte[] page = body.readNBytes((int) RawText.MAX_DOCUMENT_BYTES + 1);
            if (page.length > RawText.MAX_DOCUMENT_BYTES) {
                throw new ArticleReadException(source, "page larger than " + RawText.MAX_DOCUMENT_BYTES
                        + " bytes once decompressed (" + target + ")");
            }
            return page;
        } catch (IOException | RuntimeException e) {
            throw undecodable(e);
        }
    }

    private ArticleReadException undecodable(Exception e) {
        return new ArticleReadException(source, "cannot decode the HTTP response of " + target + ": " + e.getMessage(), e);
    }

    static String charsetOf(Map<String, String> parameters) {
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getKey().equalsIgnoreCase("charset")) {
                return p.getValue();
            }
        }
        return null;
    }
}
