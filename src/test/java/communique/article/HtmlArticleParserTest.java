package communique.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlArticleParserTest {

    @Test
    void takesArticleTextWithoutNavAsideFooterCommentsOrInlineWidgets() throws Exception {
        Article a = CollectingSink.readOne("nav-aside-footer.html");
        assertThat(a.id()).isEqualTo("nav-aside-footer");
        assertThat(a.place()).isEqualTo("ISLAMABAD");
        assertThat(a.body()).startsWith("Pakistan and Japan on Thursday signed a grant agreement")
                .doesNotContain("Home", "Latest News", "Opinion", "Share this", "Photo: PID", "Officials sign", "Related",
                        "ADB approves", "circular railway", "Tags", "Most Popular", "Gold prices", "Leave a Reply", "Post Comment",
                        "©", "Privacy", "Our Correspondent", "var ads")
                .contains("Japan had supported Pakistan’s development for more than six decades")
                .endsWith("thanked the government and people of Japan for their continued support.");
        assertThat(a.body().split("\n\n")).hasSize(4);
    }

    @Test
    void takesTitleFromOgTitleWithoutSiteName() throws Exception {
        assertThat(CollectingSink.readOne("nav-aside-footer.html").title())
                .isEqualTo("Pakistan, Japan sign $36 million grant for flood recovery");
    }

    @Test
    void takesPublisherDayFromPublishedTimeAndCanonicalUrl() throws Exception {
        Article a = CollectingSink.readOne("nav-aside-footer.html");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(a.url()).isEqualTo("https://example.com/news/pakistan-japan-grant");
    }

    @Test
    void takesDateFromJsonLdGraphDespiteABrokenBlockAndTextFromDensestParagraphs() throws Exception {
        Article a = CollectingSink.readOne("jsonld-densest.html");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(a.title()).isEqualTo("Saudi Arabia, Pakistan discuss investment");
        assertThat(a.place()).isEqualTo("RIYADH");
        assertThat(a.url()).isNull();
        assertThat(a.body()).startsWith("Saudi Arabia and Pakistan on Monday discussed investment")
                .doesNotContain("Markets", "Copyright")
                .endsWith("cleared the way for faster approvals of foreign investment.");
    }

    @Test
    void takesDateFromTimeInsideTheStoryNotFromTheAside() throws Exception {
        Article a = CollectingSink.readOne("time-in-article.html");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 8, 12));
        assertThat(a.title()).isEqualTo("Turkey, Pakistan agree on free trade");
        assertThat(a.body()).doesNotContain("Other news", "12 August").startsWith("Turkey and Pakistan on Friday signed")
                .endsWith("discussed for more than a decade.");
    }

    @Test
    void ignoresTimeThatIsOnlyInASidebar() throws Exception {
        Article a = HtmlArticleParser.parse("x", "<html><body><article><p>The foreign secretary met the Chinese ambassador in"
                + " Islamabad on Monday to review the visit.</p></article><aside class=\"sidebar\"><time datetime=\"2020-01-01\">"
                + "</time></aside></body></html>", "x.html");
        assertThat(a.date()).isNull();
        assertThat(a.title()).isEqualTo("The foreign secretary met the Chinese ambassador in Islamabad on Monday to review the visit");
    }

    @Test
    void keepsStoryInsideAPageWideForm() throws Exception {
        Article a = HtmlArticleParser.parse("x", "<html><body><form id=\"aspnetForm\"><div class=\"content-with-sidebar\">"
                + "<p>The two sides agreed to hold the next round of talks in Beijing.</p><p>Both sides called the talks useful.</p>"
                + "</div></form></body></html>", "x.html");
        assertThat(a.body()).isEqualTo("The two sides agreed to hold the next round of talks in Beijing.\n\nBoth sides called the talks useful.");
    }

    @Test
    @Timeout(20)
    void survivesTenThousandNestedDivs() throws Exception {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>The envoy arrived in Kabul on Sunday for two days of talks.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Article a = HtmlArticleParser.parse("deep", html, "deep.html");
        assertThat(a.body()).isEqualTo("The envoy arrived in Kabul on Sunday for two days of talks.");
    }

    @Test
    @Timeout(20)
    void survivesUnclosedAndMisnestedTags() throws Exception {
        String html = "<html><body><article><p>The ministers met in <b>Ankara <i>on Friday</b> and</i> signed a pact.<p>"
                + "They agreed to meet again.<div><table><tr><td>" + "<span>".repeat(5000) + "</article>";
        Article a = HtmlArticleParser.parse("broken", html, "broken.html");
        assertThat(a.body()).contains("The ministers met in Ankara on Friday and signed a pact.").contains("They agreed to meet again.");
    }

    @Test
    void rejectsPageWithoutText() {
        assertThatThrownBy(() -> HtmlArticleParser.parse("e", "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>",
                "e.html")).isInstanceOf(ArticleReadException.class).hasMessageContaining("e.html");
    }
}
