package communique.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream without ever holding more than one line, and never more than {@code maxBytes} of
 * it: a jsonl archive may be gigabytes, and one runaway line (a missing newline, an embedded file) must not exhaust
 * the heap. Bytes rather than chars, so that each line's hash is of its raw bytes and bad UTF-8 spoils only its line.
 * It owns its read buffer and searches it for line ends in bulk: going through a stream byte by byte (a synchronized
 * call per byte) was a tenth of all indexing CPU, on the one thread that reads. Not thread-safe.
 */
final class BoundedLines {

    /**
     * One line without its line terminator ({@code \n} or {@code \r\n}).
     *
     * @param bytes   the line's bytes, or the first {@code maxBytes} of them when too long
     * @param tooLong whether the line exceeded the limit (its bytes are then incomplete)
     */
    record Line(byte[] bytes, boolean tooLong) {
    }

    private static final int READ_SIZE = 1 << 16;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[READ_SIZE];
    private int position;
    private int limit;
    private boolean endOfStream;
    /** Bytes of the current line gathered across buffer refills; grows up to {@code maxBytes + 1}. */
    private byte[] line = new byte[8192];

    BoundedLines(InputStream in, int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * Up to {@code n} bytes from the current position without consuming them (fewer only at the end of the stream):
     * what a caller sniffs before reading lines. At most the read buffer's size.
     */
    byte[] peek(int n) throws IOException {
        int wanted = Math.min(n, buffer.length);
        while (limit - position < wanted && !endOfStream) {
            compact();
            fill();
        }
        return Arrays.copyOfRange(buffer, position, position + Math.min(wanted, limit - position));
    }

    /** The next line, or null at the end of the stream. A final line without a line end is still a line. */
    Line next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        int length = 0;
        boolean tooLong = false;
        while (true) {
            int end = indexOfNewline();
            int chunkEnd = end < 0 ? limit : end;
            int keep = Math.min(chunkEnd - position, maxBytes + 1 - length);
            if (keep > 0) {
                ensureCapacity(length + keep);
                System.arraycopy(buffer, position, line, length, keep);
                length += keep;
            }
            tooLong |= keep < chunkEnd - position;
            position = chunkEnd;
            if (end >= 0) {
                position++;
                break;
            }
            if (!fill()) {
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (tooLong || length > maxBytes) {
            return new Line(Arrays.copyOf(line, maxBytes), true);
        }
        return new Line(Arrays.copyOf(line, length), false);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Refills an exhausted buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
        }
        if (endOfStream) {
            return false;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfStream = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void compact() {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
    }

    /** Grows the line buffer for {@code needed} bytes; never past {@code maxBytes + 1}, which marks a line too long. */
    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(needed, line.length * 2), maxBytes + 1));
        }
    }
}
