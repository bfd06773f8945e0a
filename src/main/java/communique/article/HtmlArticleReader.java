package communique.article;

/** Reads one .html/.htm article file with {@link HtmlArticleParser}; id is the file name without extension. */
public final class HtmlArticleReader extends WholeFileReader {

    public HtmlArticleReader() {
        this(RawText.MAX_DOCUMENT_BYTES);
    }

    /** A reader refusing files over {@code maxBytes}. */
    public HtmlArticleReader(long maxBytes) {
        super(HtmlArticleParser::parse, maxBytes);
    }
}
