package communique.article;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reader's output is clean, whatever the input carries: over 10,000 random hostile strings, put into jsonl
 * titles and bodies through \\u escapes and into HTML through character references (the two ways a control character
 * reached the index and broke the Atom feed for everyone), no article holds a character that XML forbids, a C1
 * control, a lone surrogate or a zero-width space, and all of it is NFKC-normalised (but for the "…" that marks a
 * headline cut from the body).
 */
class CleanTextTest {

    private static final String STORY = "ISLAMABAD: The Foreign Office said on Monday that talks with the British "
            + "delegation would resume next week in London.";

    @Test
    void everyArticleReadIsCleanOverTenThousandHostileStrings() throws Exception {
        HostileText hostile = new HostileText(15);
        List<Article> read = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 5_000; i++) {
            String title = hostile.next(30);
            String body = hostile.next(60);
            try {
                read.add(JsonlArticleParser.parseLine("{\"id\":\"a" + i + "\",\"title\":\"" + HostileText.jsonEscaped(title)
                        + "\",\"body\":\"" + HostileText.jsonEscaped(body) + " " + STORY + "\",\"url\":\"https://x.org/"
                        + HostileText.jsonEscaped(title) + "\"}", "t.jsonl#" + i));
                read.add(HtmlArticleParser.parse("h" + i, "<html><head><title>" + HostileText.htmlEscaped(body)
                        + "</title></head><body><article><p>" + HostileText.htmlEscaped(title) + " " + STORY
                        + "</p><p>" + HostileText.htmlEscaped(body) + "</p></article></body></html>", "h" + i + ".html"));
            } catch (ArticleReadException e) {
                refused++;
            }
        }
        assertThat(read).hasSizeGreaterThan(9_000);
        assertThat(refused).isLessThan(500);
        for (Article article : read) {
            assertThat(article.title() + "\n\n" + article.body()).as(article.source()).doesNotContain("\n\n\n", "  ");
            for (String text : new String[] {article.title(), article.body(), article.place(), article.url()}) {
                if (text != null) {
                    assertThat(HostileText.firstForbidden(text)).as("%s in %s", text, article.source()).isEqualTo(-1);
                    assertThat(text).as(article.source()).doesNotContain("\u200B", "\uFEFF", "\u00AD", "\u2060");
                    String ours = text.endsWith("…") ? text.substring(0, text.length() - 1) : text; // a cut headline
                    assertThat(Normalizer.isNormalized(ours, Normalizer.Form.NFKC)).as(text).isTrue();
                }
            }
        }
    }

    @Test
    void controlCharactersBecomeSpacesSoWordsStayApart() {
        assertThat(CleanText.normalize("talks\u0000resumed\u001Bin\u0085London")).isEqualTo("talks resumed in London");
        assertThat(CleanText.normalize("nego\u00ADtiations with\u200B the\uFEFF envoy")).isEqualTo("negotiations with the envoy");
        assertThat(CleanText.normalize("bad \uFFFE \uD800 end \uD83D\uDE00")).isEqualTo("bad \uFFFD \uFFFD end \uD83D\uDE00");
        assertThat(CleanText.normalize("tab\tline\nreturn\r")).isEqualTo("tab\tline\nreturn\r");
    }

    @Test
    void compatibilityFormsBecomeTheirPlainForms() {
        assertThat(CleanText.normalize("\uFF30\uFF41\uFF4B\uFF49\uFF53\uFF54\uFF41\uFF4E \uFF12\uFF10\uFF12\uFF14"))
                .isEqualTo("Pakistan 2024");
        assertThat(CleanText.normalize("\uFB01nance\u00A0minister")).isEqualTo("finance minister");
        assertThat(CleanText.normalize("Urdu \u0627\u0631\u062F\u0648 zwnj\u200C stays")).contains("\u200C", "\u0627\u0631\u062F\u0648");
    }

    @Test
    void xmlSafeReplacesOnlyWhatXmlForbids() {
        assertThat(CleanText.xmlSafe("a\u0001b\uFFFFc\uDC00d\u0085e\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\u0085e\uD83D\uDE00");
        String clean = "plain <text> & more";
        assertThat(CleanText.xmlSafe(clean)).isSameAs(clean);
    }

    @Test
    void aHeadlineFromTheFirstLineIsCleanToo() throws ArticleReadException {
        Article article = TxtArticleParser.parse("t", "\uFF34\uFF41\uFF4C\uFF4B\uFF53\u0007 resume. " + STORY, "t.txt");

        assertThat(article.title()).isEqualTo("Talks resume");
    }
}
