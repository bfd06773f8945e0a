package communique.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Where the next WARC record may start after damage: in a compressed file, the next gzip member header (every
 * record of a .warc.gz is its own member, by the standard's advice and every crawler's practice); in a plain file,
 * the next line that starts with "WARC/1.". A candidate can be a false one (those bytes inside deflate data or a
 * page); the reader then simply fails there and asks for the next. Reads with positional reads, so the channel's
 * own position, which jwarc uses, is left alone.
 */
final class RecordStarts {

    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 8};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** gzip's FLG byte has three reserved bits, always zero in a real header. */
    private static final int GZIP_RESERVED_FLAGS = 0xE0;
    private static final int CHUNK = 64 * 1024;

    private RecordStarts() {
    }

    /** True when the file starts like gzip: jwarc reads it as a compressed WARC. */
    static boolean isGzip(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2);
        channel.read(head, 0);
        return head.position() == 2 && head.get(0) == GZIP_MEMBER[0] && head.get(1) == GZIP_MEMBER[1];
    }

    /** The offset of the first possible record start at or after {@code from}, or -1 when there is none. */
    static long next(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
        int lead = gzip ? 0 : 1;
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK + pattern.length);
        for (long at = Math.max(0, from - lead); at < channel.size(); at += CHUNK) {
            chunk.clear();
            while (chunk.hasRemaining() && channel.read(chunk, at + chunk.position()) > 0) {
                // fill the chunk, or up to the end of the file
            }
            int found = find(chunk.array(), Math.min(chunk.position(), CHUNK + pattern.length), pattern, gzip);
            if (found >= 0 && found < CHUNK) {
                return at + found + lead;
            }
        }
        return -1;
    }

    private static int find(byte[] bytes, int length, byte[] pattern, boolean gzip) {
        int extra = gzip ? 1 : 0;
        for (int i = 0; i + pattern.length + extra <= length; i++) {
            if (matches(bytes, i, pattern) && (!gzip || (bytes[i + pattern.length] & GZIP_RESERVED_FLAGS) == 0)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
