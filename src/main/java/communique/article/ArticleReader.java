package communique.article;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one kind of article file. Implementations keep no state between calls and are thread-safe. */
public interface ArticleReader {

    /**
     * Reads every article in {@code file} into {@code sink}.
     *
     * @throws ArticleReadException when the whole file is unusable (empty, binary, not UTF-8, too large,
     *                              unreadable); nothing from it has then been passed to the sink
     */
    void read(Path file, ArticleSink sink) throws ArticleReadException;

    /**
     * Splits {@code file} into its articles, unparsed, in file order, for parsing on other threads. A one-article
     * file is one piece that reads the file when parsed, so its failures come from {@link RawArticle#parseInto}.
     *
     * @throws ArticleReadException when the file is unusable as a whole; pieces passed before (a jsonl file that
     *                              fails part-way) stay valid
     */
    default void split(Path file, Consumer<RawArticle> pieces) throws ArticleReadException {
        pieces.accept(new RawArticle() {
            @Override
            public String source() {
                return file.toString();
            }

            @Override
            public void parseInto(ArticleSink sink) {
                try {
                    read(file, sink);
                } catch (ArticleReadException e) {
                    sink.skipped(e);
                }
            }
        });
    }
}
