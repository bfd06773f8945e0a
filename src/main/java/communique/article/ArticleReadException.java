package communique.article;

/** A file (or a jsonl line) that cannot be read as an article; the indexer skips it and names it in its report. */
public class ArticleReadException extends Exception {

    private final String source;

    public ArticleReadException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public ArticleReadException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** The file (or file#line) that was skipped. */
    public String source() {
        return source;
    }
}
