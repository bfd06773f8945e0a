package communique.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    /** Every line as text, with "!" appended to the lines marked too long. */
    private static List<String> lines(InputStream in, int maxBytes) throws IOException {
        BoundedLines reader = new BoundedLines(in, maxBytes);
        List<String> out = new ArrayList<>();
        for (BoundedLines.Line line = reader.next(); line != null; line = reader.next()) {
            out.add(new String(line.bytes(), StandardCharsets.ISO_8859_1) + (line.tooLong() ? "!" : ""));
        }
        return out;
    }

    private static List<String> lines(String text, int maxBytes) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), maxBytes);
    }

    /** A stream that hands out at most {@code step} bytes per read, so lines straddle every refill. */
    private static InputStream trickling(String text, int step) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void splitsOnNewlineAndDropsTheCarriageReturnOfCrLf() throws IOException {
        assertThat(lines("a\r\nbb\ncc\r\n", 100)).containsExactly("a", "bb", "cc");
    }

    @Test
    void keepsALoneCarriageReturnInsideALine() throws IOException {
        assertThat(lines("a\rb\n", 100)).containsExactly("a\rb");
    }

    @Test
    void readsAFinalLineWithoutNewlineAndNoPhantomLineAfterAFinalNewline() throws IOException {
        assertThat(lines("one\ntwo", 100)).containsExactly("one", "two");
        assertThat(lines("one\n", 100)).containsExactly("one");
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void keepsBlankLinesSoLineNumbersStayTrue() throws IOException {
        assertThat(lines("\n\r\nx\n\n", 100)).containsExactly("", "", "x", "");
    }

    @Test
    void cutsAnOverlongLineToTheLimitMarksItAndGoesOnWithTheNextLine() throws IOException {
        assertThat(lines("abcdefghij\nok\n", 4)).containsExactly("abcd!", "ok");
        assertThat(lines("abcdefghij", 4)).containsExactly("abcd!");
    }

    @Test
    void theLimitCountsTheLineWithoutItsTerminator() throws IOException {
        assertThat(lines("abcd\r\nabcde\r\n", 4)).containsExactly("abcd", "abcd!");
    }

    @Test
    void linesStraddlingBufferRefillsComeOutWhole() throws IOException {
        String text = "first line\r\nsecond\n" + "x".repeat(200_000) + "\nlast";
        assertThat(lines(trickling(text, 3), 300_000))
                .containsExactly("first line", "second", "x".repeat(200_000), "last");
        assertThat(lines(trickling(text, 7), 50)).containsExactly("first line", "second", "x".repeat(50) + "!", "last");
    }

    @Test
    void peekShowsTheFirstBytesWithoutConsumingThem() throws IOException {
        BoundedLines reader = new BoundedLines(trickling("ab\ncd\n", 1), 100);
        assertThat(reader.peek(4)).containsExactly('a', 'b', '\n', 'c');
        assertThat(reader.peek(100)).hasSize(6);
        assertThat(new String(reader.next().bytes(), StandardCharsets.US_ASCII)).isEqualTo("ab");
        assertThat(new String(reader.next().bytes(), StandardCharsets.US_ASCII)).isEqualTo("cd");
        assertThat(reader.next()).isNull();
    }

    @Test
    void passesBytesThroughUntouchedEvenWhenTheyAreNotUtf8() throws IOException {
        byte[] raw = {(byte) 0xC3, '(', '\n', (byte) 0xFF};
        BoundedLines reader = new BoundedLines(new ByteArrayInputStream(raw), 10);
        assertThat(reader.next().bytes()).containsExactly((byte) 0xC3, '(');
        assertThat(reader.next().bytes()).containsExactly((byte) 0xFF);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new BoundedLines(InputStream.nullInputStream(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
