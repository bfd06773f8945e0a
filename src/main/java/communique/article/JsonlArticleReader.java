package communique.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a .jsonl file one line at a time into the sink. A bad line (invalid JSON or UTF-8, no id, empty body, too
 * long) is reported through {@link ArticleSink#skipped} and the rest of the file goes on; only a file that is
 * unreadable, empty or binary from its first bytes fails as a whole. An I/O error in mid-file also fails the file,
 * after the lines before it have been delivered.
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
        try (InputStream in = Files.newInputStream(file)) {
            BoundedLines lines = new BoundedLines(in, maxLineBytes);
            byte[] head = lines.peek(SNIFF_BYTES);
            RawText.checkNotBinary(head, file.toString());
            if (readLines(file, lines, sink) == 0) {
                throw new ArticleReadException(file.toString(), head.length == 0 ? "empty file" : "empty file (only blank lines)");
            }
        } catch (IOException e) {
            throw RawText.cannotRead(file, e);
        }
    }

    /** Reads every line; returns how many were not blank. */
    private static long readLines(Path file, BoundedLines lines, ArticleSink sink) throws IOException {
        long lineNo = 0;
        long nonBlank = 0;
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            lineNo++;
            String source = file + "#" + lineNo;
            try {
                String json = lineText(line, source);
                if (json.isBlank()) {
                    continue;
                }
                nonBlank++;
                sink.accept(JsonlArticleParser.parseLine(json, source), RawHash.sha256Hex(line.bytes()));
            } catch (ArticleReadException e) {
                nonBlank++;
                sink.skipped(e);
            }
        }
        return nonBlank;
    }

    private static String lineText(BoundedLines.Line line, String source) throws ArticleReadException {
        if (line.tooLong()) {
            throw new ArticleReadException(source, "line longer than " + line.bytes().length + " bytes");
        }
        return RawText.decodeUtf8(line.bytes(), 0, line.bytes().length, source);
    }
}
