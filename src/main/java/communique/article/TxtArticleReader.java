package communique.article;

/** Reads one .txt article file with {@link TxtArticleParser}; id is the file name without extension. */
public final class TxtArticleReader extends WholeFileReader {

    public TxtArticleReader() {
        this(RawText.MAX_DOCUMENT_BYTES);
    }

    /** A reader refusing files over {@code maxBytes}. */
    public TxtArticleReader(long maxBytes) {
        super(TxtArticleParser::parse, maxBytes);
    }
}
