package communique.article;

import java.nio.file.Path;

/**
 * Reads a file that holds one article (txt, html): guards, decodes, parses, and hashes the raw bytes. The size limit
 * is a constructor argument so tests can exercise it without writing 20 MB.
 */
class WholeFileReader implements ArticleReader {

    /** Text in, article out: the format-specific part. */
    interface Parser {
        Article parse(String id, String text, String source) throws ArticleReadException;
    }

    private final Parser parser;
    private final long maxBytes;

    WholeFileReader(Parser parser, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.parser = parser;
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws ArticleReadException {
        byte[] bytes = RawText.readBounded(file, maxBytes);
        String text = RawText.decodeDocument(file, bytes);
        Article article = parser.parse(ArticleFiles.idOf(file), text, file.toString());
        sink.accept(article, RawHash.sha256Hex(bytes));
    }
}
