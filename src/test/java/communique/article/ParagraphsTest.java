package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Letters, punctuation, every kind of space and every kind of line break, often repeated. */
    private static String randomText(Random random, int length) {
        String alphabet = "ab.  \t\u00A0\u2007\u202F\u2003\n\r\u000B\f\u0085\u2028\u2029";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(6) == 0 ? "\r\n" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
        }
        return s.toString();
    }

    @Test
    void breaksLinesExactlyWhereTheRegexLineBreakDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random, random.nextInt(30));
            assertThat(Paragraphs.breakLines(text)).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(Arrays.asList(LINE_BREAK.split(text, -1)));
        }
    }

    @Test
    void takesCrLfAsOneBreakSoAHardWrappedLineStillJoins() {
        String wrapped = "The foreign minister said the talks with the visiting delegation\r\nwould resume next week.";
        assertThat(Paragraphs.lines(wrapped)).containsExactly(
                "The foreign minister said the talks with the visiting delegation would resume next week.");
        assertThat(Paragraphs.lines("First paragraph.\r\n\r\nSecond one.")).containsExactly("First paragraph.", "Second one.");
    }

    @Test
    void collapsesEveryRunOfSpacesToOneAndTrimsWhetherOrNotTheLineNeededIt() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            String line = randomText(random, random.nextInt(20)).replaceAll("\\R", "");
            assertThat(Paragraphs.collapse(line)).as("%s", line.codePoints().boxed().toList()).isEqualTo(collapsedByHand(line));
        }
        String clean = "Already clean, one space each.";
        assertThat(Paragraphs.collapse(clean)).isSameAs(clean);
    }

    /** The words between runs of whitespace (no-break and figure spaces included), joined by one space. */
    private static String collapsedByHand(String line) {
        List<String> words = Arrays.stream(line.split("[\\s\\u00A0\\u2007\\u202F\\u001C-\\u001F\\u2000-\\u2006\\u2008-\\u200A\\u205F\\u3000\\u1680]+"))
                .filter(w -> !w.isEmpty()).toList();
        return String.join(" ", words);
    }
}
