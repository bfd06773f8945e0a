package communique.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams a .jsonl file one line at a time. A bad line (invalid JSON or UTF-8, no id, empty body, too long) is
 * reported through {@link ArticleSink#skipped} and the rest of the file goes on; only a file that is unreadable,
 * empty or binary from its first bytes fails as a whole. An I/O error in mid-file also fails the file, after the
 * lines before it have been delivered. Splitting only finds line ends and blank lines; each line is parsed as a
 * {@link RawArticle}, on the calling thread by {@link #read}, on any thread after {@link #split}.
 */
public final class JsonlArticleReader implements ArticleReader {

    /** A news article is tens of KB; a line of several MB is a broken export, not an article. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final int maxLineBytes;

    public JsonlArticleReader() {
        this(MAX_LINE_BYTES);
    }

    /** A reader skipping lines over {@code maxLineBytes}. */
    public JsonlArticleReader(int maxLineBytes) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be positive, was " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(Path file, ArticleSink sink) throws ArticleReadException {
        split(file, line -> line.parseInto(sink));
    }

    @Override
    public void split(Path file, Consumer<RawArticle> pieces) throws ArticleReadException {
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines lines = new BoundedLines(in, maxLineBytes);
            byte[] head = lines.peek(SNIFF_BYTES);
            RawText.checkNotBinary(head, file.toString());
            if (splitLines(file, lines, pieces) == 0) {
                throw new ArticleReadException(file.toString(), head.length == 0 ? "empty file" : "empty file (only blank lines)");
            }
        } catch (IOException e) {
            throw RawText.cannotRead(file, e);
        }
    }

    /** Passes on every line that is not blank; returns how many there were. */
    private long splitLines(Path file, BoundedLines lines, Consumer<RawArticle> pieces) throws IOException {
        long lineNo = 0;
        long nonBlank = 0;
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            lineNo++;
            String source = file + "#" + lineNo;
            if (line.tooLong()) {
                pieces.accept(RawArticle.failed(new ArticleReadException(source, "line longer than " + maxLineBytes + " bytes")));
            } else if (isBlank(line.bytes(), source)) {
                continue;
            } else {
                pieces.accept(new JsonlLine(line.bytes(), source));
            }
            nonBlank++;
        }
        return nonBlank;
    }

    /**
     * Whether the line's text is blank, as {@link String#isBlank} judges it after decoding (a byte order mark
     * dropped). Decided from the bytes for ASCII; a line of only whitespace and non-ASCII bytes (rare: a lone BOM,
     * Unicode spaces) is decoded to decide, and one that fails to decode is not blank: parsing reports it.
     */
    private static boolean isBlank(byte[] bytes, String source) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        if (!nonAscii) {
            return true;
        }
        try {
            return RawText.decodeUtf8(bytes, 0, bytes.length, source).isBlank();
        } catch (ArticleReadException e) {
            return false;
        }
    }

    /** One non-blank line: decoded, parsed and hashed when parsed. */
    private record JsonlLine(byte[] bytes, String source) implements RawArticle {

        @Override
        public void parseInto(ArticleSink sink) {
            try {
                String json = RawText.decodeUtf8(bytes, 0, bytes.length, source);
                sink.accept(JsonlArticleParser.parseLine(json, source), RawHash.sha256Hex(bytes));
            } catch (ArticleReadException e) {
                sink.skipped(e);
            }
        }

        @Override
        public int bytesHeld() {
            return bytes.length;
        }
    }
}
