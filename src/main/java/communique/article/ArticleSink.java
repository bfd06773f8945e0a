package communique.article;

/**
 * Receives what a reader finds in one file, as it finds it, so that a jsonl archive of a million lines is
 * streamed rather than held in memory.
 */
public interface ArticleSink {

    /**
     * An article was read.
     *
     * @param article the article
     * @param rawHash a hash of the raw bytes the article came from (the file, or the jsonl line); the indexer
     *                compares it with the indexed one to skip unchanged articles
     */
    void accept(Article article, String rawHash);

    /** A part of the file (a jsonl line) was unreadable and skipped; the rest of the file goes on. */
    void skipped(ArticleReadException problem);
}
