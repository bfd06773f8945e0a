package communique.article;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * One gzip member of a .warc.gz, inflated straight from the file and checked against its trailer (CRC-32 and
 * length). jwarc does not check the CRC, so flipped bytes in a member can inflate into a page with different text
 * and no error; the records that become articles are therefore read through here.
 */
final class GzipMember {

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

    private GzipMember() {
    }

    /**
     * The member's content.
     *
     * @throws NotAMember  when no gzip header starts at {@code offset}
     * @throws TooLarge    when the member inflates past {@code max} bytes
     * @throws ZipException when the member is damaged: bad deflate data, a wrong CRC or length, cut off
     */
    static byte[] inflate(FileChannel channel, long offset, int max) throws IOException {
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(offset)), 1 << 16);
        skipHeader(in);
        Inflater inflater = new Inflater(true);
        try {
            byte[] out = inflateData(in, inflater, max);
            checkTrailer(in, inflater, out);
            return out;
        } finally {
            inflater.end();
        }
    }

    /**
     * Inflates the deflate data and leaves {@code in} just after it, at the trailer: the last chunk read is marked,
     * so the bytes the inflater did not use can be given back.
     */
    private static byte[] inflateData(InputStream in, Inflater inflater, int max) throws IOException {
        byte[] input = new byte[1 << 14];
        byte[] out = new byte[1 << 14];
        int size = 0;
        int lastRead = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsDictionary()) {
                    throw new ZipException("invalid deflate data (a preset dictionary)");
                }
                if (inflater.needsInput()) {
                    in.mark(input.length);
                    lastRead = in.read(input);
                    if (lastRead < 0) {
                        throw new ZipException("the file ends inside the gzip member");
                    }
                    inflater.setInput(input, 0, lastRead);
                }
                if (size == out.length) {
                    if (out.length >= max) {
                        throw new TooLarge("the record inflates to more than " + max + " bytes");
                    }
                    out = Arrays.copyOf(out, (int) Math.min(max, out.length * 2L));
                }
                size += inflater.inflate(out, size, out.length - size);
            }
        } catch (DataFormatException e) {
            throw new ZipException("invalid deflate data (" + e.getMessage() + ")");
        }
        in.reset();
        in.skipNBytes(lastRead - inflater.getRemaining());
        return Arrays.copyOf(out, size);
    }

    private static void checkTrailer(InputStream in, Inflater inflater, byte[] content) throws IOException {
        long crc = readIntLE(in) & 0xffffffffL;
        long size = readIntLE(in) & 0xffffffffL;
        CRC32 actual = new CRC32();
        actual.update(content);
        if (crc != actual.getValue()) {
            throw new ZipException("CRC-32 mismatch: the member's data is damaged");
        }
        if (size != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("length mismatch: the member's data is damaged");
        }
    }

    private static void skipHeader(InputStream in) throws IOException {
        int id1 = in.read();
        int id2 = in.read();
        int method = in.read();
        int flags = in.read();
        if (id1 != 0x1f || id2 != 0x8b || method != 8 || flags < 0 || (flags & 0xE0) != 0) {
            throw new NotAMember("no gzip member starts here");
        }
        in.skipNBytes(6);
        if ((flags & FEXTRA) != 0) {
            in.skipNBytes(in.read() | (in.read() << 8));
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated(in);
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated(in);
        }
        if ((flags & FHCRC) != 0) {
            in.skipNBytes(2);
        }
    }

    private static void skipZeroTerminated(InputStream in) throws IOException {
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the file ends inside a gzip header");
            }
        }
    }

    private static int readIntLE(InputStream in) throws IOException {
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        if ((b0 | b1 | b2 | b3) < 0) {
            throw new ZipException("the file ends inside the gzip trailer");
        }
        return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
    }
}
