package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that could make the line rules slow (regex backtracking, quadratic scans) or throw. The time limits are
 * loose, for busy build machines: they catch super-linear behaviour, not a slow constant.
 */
class PathologicalTextTest {

    private static final String PARA = "The ministers met in Doha on Sunday and agreed to meet again in March.";

    @Test
    @Timeout(60)
    void parsesManyParagraphsQuickly() throws Exception {
        String text = (PARA + "\n\nPM meets envoy\n3 hours ago\n\n").repeat(10_000);
        Article a = TxtArticleParser.parse("big", text, "big.txt");
        assertThat(a.body()).startsWith(PARA);
    }

    @Test
    @Timeout(60)
    void parsesOneHugeLineQuickly() throws Exception {
        String line = "word ".repeat(1_000_000) + "end.";
        Article a = TxtArticleParser.parse("line", line, "line.txt");
        assertThat(a.body()).endsWith("word end.");
        assertThat(a.title()).hasSizeLessThanOrEqualTo(Headline.MAX_LENGTH);
    }

    @Test
    @Timeout(60)
    void survivesLinesFullOfSeparatorsAndDots() throws Exception {
        String separators = "News | ".repeat(20_000) + "end.";
        String dots = "a.".repeat(200_000);
        String dashes = "— ".repeat(50_000) + "Photo";
        Article a = TxtArticleParser.parse("sep", separators + "\n" + dots + "\n" + dashes + "\n" + PARA, "sep.txt");
        assertThat(a.body()).endsWith(PARA);
    }
}
