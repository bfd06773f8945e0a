package communique.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream without ever holding more than one line, and never more than {@code maxBytes} of
 * it: a jsonl archive may be gigabytes, and one runaway line (a missing newline, an embedded file) must not exhaust
 * the heap. Bytes rather than chars, so that each line's hash is of its raw bytes and bad UTF-8 spoils only its line.
 */
final class BoundedLines {

    /**
     * One line without its line terminator.
     *
     * @param bytes   the line's bytes, or the first {@code maxBytes} of them when too long
     * @param tooLong whether the line exceeded the limit (its bytes are then incomplete)
     */
    record Line(byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[8192];

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (length < maxBytes) {
                ensureCapacity(length + 1);
                buffer[length++] = (byte) b;
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return new Line(Arrays.copyOf(buffer, length), tooLong);
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(Math.max(needed, buffer.length * 2), maxBytes));
        }
    }
}
