package communique.article;

/**
 * One article as the thread that splits files finds it, not yet parsed: a jsonl line's bytes, or a txt/html file
 * not yet opened. Parsing (UTF-8, JSON, furniture rules) is most of the cost of reading and runs on whichever thread
 * calls {@link #parseInto}, so the splitting thread only finds line ends and keeps file order cheaply.
 */
public interface RawArticle {

    /** The file, or file#line, it comes from. */
    String source();

    /** Parses it: the sink's {@code accept} is called once with the article, or its {@code skipped} once. */
    void parseInto(ArticleSink sink);

    /** Bytes it holds until parsed (a jsonl line's; none for a file not yet read), for bounding read-ahead. */
    default int bytesHeld() {
        return 0;
    }

    /** A piece already known to be unusable (a jsonl line too long, a file that failed part-way): parsing reports it. */
    static RawArticle failed(ArticleReadException problem) {
        return new RawArticle() {
            @Override
            public String source() {
                return problem.source();
            }

            @Override
            public void parseInto(ArticleSink sink) {
                sink.skipped(problem);
            }
        };
    }
}
