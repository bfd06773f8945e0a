package communique.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The guards every reader passes a file through before parsing: readable, not empty, not absurdly large, not binary,
 * valid UTF-8. Each failure is an {@link ArticleReadException} naming the file and the reason, so the indexer can
 * list skipped files by name instead of indexing garbage.
 */
final class RawText {

    /** A news article is tens of KB; 20 MB of txt or html is a wrong file, and parsing it would only waste memory. */
    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    /** How much of the start of a file the binary sniffer looks at. */
    private static final int SNIFF_BYTES = 8192;
    /** Text has a few tabs and line ends; more than this share of other control bytes means it is not text. */
    private static final double MAX_CONTROL_RATIO = 0.05;

    private RawText() {
    }

    /** Reads the whole file, refusing one over {@code limit} bytes (checked again while reading: it may grow). */
    static byte[] readBounded(Path file, long limit) throws ArticleReadException {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(file, size, limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    throw tooLarge(file, bytes.length, limit);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** The file's text: not empty, not binary, valid UTF-8, with a leading byte order mark removed. */
    static String decodeDocument(Path file, byte[] bytes) throws ArticleReadException {
        String source = file.toString();
        checkNotBinary(bytes, source);
        String text = decodeUtf8(bytes, 0, bytes.length, source);
        if (text.isBlank()) {
            throw new ArticleReadException(source, bytes.length == 0 ? "empty file" : "empty file (only whitespace)");
        }
        return text;
    }

    /** Refuses content whose first bytes hold a NUL or many control bytes: images, archives, UTF-16 text. */
    static void checkNotBinary(byte[] bytes, String source) throws ArticleReadException {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleReadException(source, "UTF-16 text; articles must be UTF-8");
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleReadException(source, "binary content (NUL byte at offset " + i + ")");
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_RATIO) {
            throw new ArticleReadException(source, "binary content (" + control + " control bytes in the first " + n + ")");
        }
    }

    /** Strict UTF-8: a malformed byte is an error, never silently replaced by U+FFFD. A leading BOM is dropped. */
    static String decodeUtf8(byte[] bytes, int offset, int length, String source) throws ArticleReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleReadException(source, "not valid UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ArticleReadException cannotRead(Path file, IOException e) {
        String source = file.toString();
        if (e instanceof AccessDeniedException) {
            return new ArticleReadException(source, "cannot read: permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return new ArticleReadException(source, "cannot read: no such file", e);
        }
        return new ArticleReadException(source, "cannot read: " + e, e);
    }

    private static ArticleReadException tooLarge(Path file, long size, long limit) {
        return new ArticleReadException(file.toString(), "file too large (" + size + " bytes; the limit is " + limit + ")");
    }
}
