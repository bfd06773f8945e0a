package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Furniture of other outlets in txt articles: the furniture's words go, the story's last sentence stays. */
class TxtFurnitureTest {

    private static Article parse(String text) throws ArticleReadException {
        return TxtArticleParser.parse("t", text, "test.txt");
    }

    @Test
    void dropsLeftMenuHomeNavigationPagerShareBarAndCopyright() throws Exception {
        Article a = CollectingSink.readOne("app-left-menu.txt");
        assertThat(a.place()).isEqualTo("LONDON");
        assertThat(a.body()).startsWith("Pakistan’s High Commissioner to the United Kingdom met")
                .doesNotContain("Left Menu", "Home Latest News", "National\n", "PREVIOUS", "NEXT", "Share this", "Facebook",
                        "WhatsApp", "Copyright", "All rights reserved", "(APP)")
                .endsWith("looked forward to deeper cooperation in education and health.");
    }

    @Test
    void cutsBlockOfUnrelatedHeadlinesAndDatesAfterTheStory() throws Exception {
        Article a = CollectingSink.readOne("sidebar-headlines.txt");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 6, 2));
        assertThat(a.place()).isEqualTo("BEIJING");
        assertThat(a.body()).doesNotContain("More from", "India", "Kabul", "Ukraine", "Turkish", "hours ago", "June 1, 2023")
                .endsWith("encourage Chinese companies to invest in Pakistan’s special economic zones.");
    }

    @Test
    void cutsUnlabelledHeadlineBlockToo() throws Exception {
        String text = String.join("\n", List.of(
                "China and Pakistan on Friday signed six agreements on the second phase of the economic corridor, officials said.",
                "Planning Minister Ahsan Iqbal told reporters that the corridor had entered a phase focused on industry.",
                "Iran foreign minister visits Kabul", "5 hours ago",
                "EU ministers meet on Ukraine grain deal", "June 1, 2023",
                "Saudi crown prince receives Turkish president", "The two leaders discussed trade and regional security in Jeddah."));
        Article a = parse(text);
        assertThat(a.body()).doesNotContain("Kabul", "Ukraine", "Saudi", "Jeddah")
                .endsWith("the corridor had entered a phase focused on industry.");
    }

    @Test
    void dropsShareBarTagsRelatedArticlesAndFollowUs() throws Exception {
        Article a = CollectingSink.readOne("share-tags-related.txt");
        assertThat(a.place()).isEqualTo("WASHINGTON");
        assertThat(a.body()).startsWith("The United States and Pakistan held talks")
                .doesNotContain("Share this", "Tags:", "Related Articles", "review trade ties", "Kashmir", "Follow us", "©", "Courier")
                .endsWith("\"We have a shared interest in a peaceful and stable region,\" the Pakistani delegation said in a statement.");
    }

    @Test
    void stripsReutersSignOffAndCreditLineKeepingTheQuote() throws Exception {
        Article a = CollectingSink.readOne("reuters-signoff.txt");
        assertThat(a.place()).isEqualTo("LONDON");
        assertThat(a.body()).startsWith("Britain will send a trade envoy").doesNotContain("Reuters", "Reporting by", "Editing")
                .endsWith("\"This visit is about jobs in both countries,\" the statement quoted the envoy as saying.");
    }

    @Test
    void readsMixedCaseApprDatelineAndStripsDashAppSignOff() throws Exception {
        Article a = CollectingSink.readOne("app-signoff.txt");
        assertThat(a.place()).isEqualTo("ISLAMABAD");
        assertThat(a.body()).startsWith("Foreign Minister met the visiting German State Secretary").doesNotContain("APP", "Oct 8")
                .endsWith("role in the evacuation of foreign nationals from Afghanistan.");
    }

    @Test
    void removesInBodyLinkLinesAndKeepsParagraphsAroundThem() throws Exception {
        Article a = CollectingSink.readOne("inline-links.txt");
        assertThat(a.body()).doesNotContain("Also Read", "READ MORE", "See also", "Death toll", "rescue teams to quake-hit", "2005", "INP")
                .contains("would send relief goods and rescue teams.", "had always stood the test of time.")
                .endsWith("Both leaders agreed to stay in contact on relief and rehabilitation work.");
        assertThat(a.body().split("\n\n")).hasSize(4);
    }

    @Test
    void cutsCommentThreadAndCommentForm() throws Exception {
        Article a = CollectingSink.readOne("comment-thread.txt");
        assertThat(a.place()).isEqualTo("KABUL");
        assertThat(a.body()).doesNotContain("Comments", "says:", "border closures must end", "Reply", "Post a comment", "email")
                .endsWith("met in Islamabad to discuss the transit trade agreement.");
    }

    @Test
    void keepsSubheadingsAndShortLastParagraphOfAStory() throws Exception {
        Article a = CollectingSink.readOne("subheads-story.txt");
        assertThat(a.body()).contains("Trade and GSP Plus", "Migration", "Next steps", "skilled workers.")
                .endsWith("The next round will be held in Islamabad.");
    }

    @Test
    void dropsBreadcrumbBylineAndPagerWithNeighbouringHeadlines() throws Exception {
        Article a = CollectingSink.readOne("news-desk-top.txt");
        assertThat(a.place()).isEqualTo("TEHRAN");
        assertThat(a.body()).startsWith("Iran and Pakistan agreed on Saturday")
                .doesNotContain("Home", "Staff Reporter", "Published", "Skip to content", "Previous article", "Lahore", "Saudi",
                        "Subscribe", "Click here")
                .endsWith("the Iranian foreign minister told a joint news conference.");
    }

    @Test
    void dropsBylinePrintLineSocialCallCommentsAndRecommendedStories() throws Exception {
        Article a = CollectingSink.readOne("headline-byline-recommended.txt");
        assertThat(a.title()).isEqualTo("Pakistan, Saudi Arabia ink $2b deal");
        assertThat(a.body()).doesNotContain("Our Correspondent", "May 04", "Published in", "Facebook", "COMMENTS", "Great news",
                "Recommended", "IMF", "Rupee").endsWith("followed by a second round of agreements later in the year.");
    }

    @Test
    void dropsLabelledDateSourceLineAndMoreFromAndMostReadBlocks() throws Exception {
        Article a = CollectingSink.readOne("standfirst-more-from.txt");
        assertThat(a.body()).doesNotContain("Published On", "Source:", "Listen", "More from", "Gaza", "Ukrainian", "Most Read",
                "economy in crisis").endsWith("India has repeatedly said Kashmir is an internal matter.");
    }

    @Test
    void dropsDeskTimestampAlsoReadBoxAndFollowCall() throws Exception {
        Article a = CollectingSink.readOne("desk-also-read-whatsapp.txt");
        assertThat(a.place()).isEqualTo("BEIJING");
        assertThat(a.body()).startsWith("Prime Minister Shehbaz Sharif held talks")
                .doesNotContain("Web Desk", "Updated", "Also Read", "five-day visit", "WhatsApp")
                .contains("security of Chinese nationals working in Pakistan.")
                .endsWith("The prime minister thanked China for its support.");
    }

    @Test
    void dropsSectionLabelAboveTheStory() throws Exception {
        Article a = parse("Editorial\n\nThe government’s decision to raise the tax on imported phones deserves a second look.\n\n"
                + "It will hurt the very exporters it means to help.");
        assertThat(a.body()).startsWith("The government’s decision").endsWith("the very exporters it means to help.");
    }

    @Test
    void keepsAShortSentenceCaseHeadlineAsTheTitleAndTakesTheDatelineDate() throws Exception {
        Article a = parse("Minister meets envoy\n\nISLAMABAD, March 3, 2025: Interior Minister Mohsin Naqvi met the British "
                + "High Commissioner on Monday.\n\nThey discussed visas.");
        assertThat(a.title()).isEqualTo("Minister meets envoy");
        assertThat(a.place()).isEqualTo("ISLAMABAD");
        assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
        assertThat(a.body()).contains("Interior Minister Mohsin Naqvi met").doesNotContain("March 3, 2025:");
    }

    @Test
    void dropsATitleCaseSectionNameAboveTheStory() throws Exception {
        Article a = parse("World News\n\nISLAMABAD: Interior Minister Mohsin Naqvi met the British High Commissioner.\n\n"
                + "They discussed visas.");
        assertThat(a.body()).startsWith("Interior Minister Mohsin Naqvi").doesNotContain("World News");
    }

    @Test
    void keepsStoryWhenEverythingLooksLikeFurniture() throws Exception {
        Article a = parse("Pakistan, India talks\nJune 3, 2024\nTalks resume\nJune 4, 2024");
        assertThat(a.body()).isNotEmpty();
    }

    @Test
    void collapsesWhitespaceAndKeepsCurlyQuotes() throws Exception {
        Article a = parse("  The minister   said:\t“We value the\u00A0partnership.”  \r\n\r\n\r\n\r\nHe left   for Doha.  ");
        assertThat(a.body()).isEqualTo("The minister said: “We value the partnership.”\n\nHe left for Doha.");
    }

    @Test
    void joinsHardWrappedLinesIntoOneParagraph() throws Exception {
        Article a = parse("The foreign ministers of Pakistan and Bangladesh met in Dhaka on Monday and\n"
                + "agreed to resume direct flights between the two countries.\n\nThey also discussed trade.");
        assertThat(a.body()).isEqualTo("The foreign ministers of Pakistan and Bangladesh met in Dhaka on Monday and agreed to resume"
                + " direct flights between the two countries.\n\nThey also discussed trade.");
    }

    @Test
    void leavesDateNullForImpossibleDateHeaderAndDropsTheToken() throws Exception {
        Article a = parse(" date 2024-02-30 The talks ended in Doha on Friday with a joint statement.");
        assertThat(a.date()).isNull();
        assertThat(a.body()).isEqualTo("The talks ended in Doha on Friday with a joint statement.");
    }

    @Test
    void rejectsTextThatIsOnlyFurniture() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("Left Menu\nHome\nPREVIOUS NEXT\n© 2024 Someone"))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("no article text");
    }
}
