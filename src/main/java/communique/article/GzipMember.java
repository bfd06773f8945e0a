package communique.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Inflates single gzip members of a .warc.gz straight from the file and checks each against its trailer (CRC-32
 * and length). jwarc does not check the CRC, so flipped bytes in a member can inflate into a page with different
 * text and no error; the records that become articles are therefore read through here. One instance per open file,
 * reused member after member (its buffers and inflater are), on one thread.
 */
final class GzipMember implements AutoCloseable {

    /** There is no gzip member at the offset (a file compressed as one stream has none but the first). */
    static final class NotAMember extends IOException {
        NotAMember(String message) {
            super(message);
        }
    }

    /** The member inflates to more than the caller wants to hold. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final FileChannel channel;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** The bytes of the file from {@code chunkStart}, read with positional reads; {@code at} is the next unread one. */
    private final ByteBuffer chunk = ByteBuffer.allocate(8192);
    private long chunkStart;
    private int at;
    private byte[] out = new byte[1 << 16];

    GzipMember(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * The content of the member that starts at {@code offset}.
     *
     * @throws NotAMember  when no gzip header starts there
     * @throws TooLarge    when the member inflates past {@code max} bytes
     * @throws ZipException when the member is damaged: bad deflate data, a wrong CRC or length, cut off
     */
    byte[] inflate(long offset, int max) throws IOException {
        if (offset >= channel.size()) {
            throw new NotAMember("the offset is past the end of the file");
        }
        fill(offset);
        skipHeader();
        inflater.reset();
        crc.reset();
        int size = inflateData(max);
        checkTrailer(size);
        return Arrays.copyOf(out, size);
    }

    private int inflateData(int max) throws IOException {
        int size = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsDictionary()) {
                    throw new ZipException("invalid deflate data (a preset dictionary)");
                }
                if (inflater.needsInput()) {
                    if (at == chunk.limit()) {
                        fill(chunkStart + chunk.limit());
                    }
                    inflater.setInput(chunk.array(), at, chunk.limit() - at);
                    at = chunk.limit();
                }
                if (size == out.length) {
                    if (out.length >= max) {
                        throw new TooLarge("the record inflates to more than " + max + " bytes");
                    }
                    out = Arrays.copyOf(out, (int) Math.min(max, out.length * 2L));
                }
                int n = inflater.inflate(out, size, out.length - size);
                crc.update(out, size, n);
                size += n;
            }
        } catch (DataFormatException e) {
            throw new ZipException("invalid deflate data (" + e.getMessage() + ")");
        }
        at -= inflater.getRemaining();
        return size;
    }

    private void checkTrailer(int size) throws IOException {
        long expectedCrc = readIntLE() & 0xffffffffL;
        long expectedSize = readIntLE() & 0xffffffffL;
        if (expectedCrc != crc.getValue()) {
            throw new ZipException("CRC-32 mismatch: the member's data is damaged");
        }
        if (expectedSize != (size & 0xffffffffL)) {
            throw new ZipException("length mismatch: the member's data is damaged");
        }
    }

    private void skipHeader() throws IOException {
        int id1 = next();
        int id2 = next();
        int method = next();
        int flags = next();
        if (id1 != 0x1f || id2 != 0x8b || method != 8 || (flags & 0xE0) != 0) {
            throw new NotAMember("no gzip member starts here");
        }
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(next() | (next() << 8));
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (next() != 0) {
            // a file name or comment: not needed
        }
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            next();
        }
    }

    private int readIntLE() throws IOException {
        return next() | (next() << 8) | (next() << 16) | (next() << 24);
    }

    /** The next byte of the member; the file ending inside it is damage. */
    private int next() throws IOException {
        if (at == chunk.limit()) {
            fill(chunkStart + chunk.limit());
        }
        return chunk.get(at++) & 0xFF;
    }

    /** Reads the file's bytes from {@code position} into the chunk. */
    private void fill(long position) throws IOException {
        chunk.clear();
        while (chunk.hasRemaining() && channel.read(chunk, position + chunk.position()) > 0) {
            // fill the chunk, or up to the end of the file
        }
        chunk.flip();
        chunkStart = position;
        at = 0;
        if (!chunk.hasRemaining()) {
            throw new ZipException("the file ends inside the gzip member");
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
