package communique.article;

import java.nio.file.Path;

/** Reads one kind of article file. Implementations keep no state between calls and are thread-safe. */
public interface ArticleReader {

    /**
     * Reads every article in {@code file} into {@code sink}.
     *
     * @throws ArticleReadException when the whole file is unusable (empty, binary, not UTF-8, too large,
     *                              unreadable); nothing from it has then been passed to the sink
     */
    void read(Path file, ArticleSink sink) throws ArticleReadException;
}
