package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules one at a time, on lines, including the cases where they must leave the story alone. */
class FurnitureRulesTest {

    private static final String PARA = "The two sides agreed to continue the dialogue and to meet again next year in Islamabad.";

    private static List<String> apply(FurnitureRule rule, List<String> lines) {
        return StoryLine.texts(rule.apply(StoryLine.of(lines)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "…in the field of education.—TLTP|…in the field of education.",
        "The talks ended on Friday. —APP|The talks ended on Friday.",
        "The talks ended on Friday. – Reuters|The talks ended on Friday.",
        "The talks ended on Friday. (Reuters)|The talks ended on Friday.",
        "The talks ended on Friday./INP|The talks ended on Friday.",
        "The talks ended on Friday.—Agencies|The talks ended on Friday.",
        "The talks ended on Friday.—Xinhua|The talks ended on Friday.",
        "The talks ended on Friday.—DAWN|The talks ended on Friday.",
        "The talks ended on Friday.–PR|The talks ended on Friday.",
        "The talks ended on Friday. —Online|The talks ended on Friday.",
        "The talks ended on Friday. /Dawn/|The talks ended on Friday.",
        "The talks ended on Friday — AFP|The talks ended on Friday",
        "'The talks ended on Friday. (Reuters) '|The talks ended on Friday.",
        "The talks ended on Friday.—AFP/APP|The talks ended on Friday.",
        "The talks ended on Friday.—Staff Reporter|The talks ended on Friday.",
        "The talks ended on Friday. —APP.|The talks ended on Friday. —APP.",
        "The talks ended on Friday with a pro-US statement.|The talks ended on Friday with a pro-US statement.",
        "He met Pakistan-UK Business Council members.|He met Pakistan-UK Business Council members.",
        "The deal was signed in the U.S.|The deal was signed in the U.S."})
    void stripsSignOffAndKeepsSentence(String last, String expected) {
        assertThat(apply(new SignOffRule(), List.of(PARA, last))).containsExactly(PARA, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"—APP", "Reuters", "(AFP)", "Reporting by Jane Doe; Editing by John Smith",
        "(Additional reporting by Asif Shahzad in Islamabad)", "With input from agencies",
        "Source: Al Jazeera and news agencies", "Editor: Wang Lei"})
    void dropsSignOffOrCreditLine(String line) {
        assertThat(apply(new SignOffRule(), List.of(PARA, line))).containsExactly(PARA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more: Interpol refuses to issue red warrant against Altaf Hussain", "Also Read: PM leaves for Doha",
        "READ MORE: Army chief visits Kabul", "Related: FO summons envoy", "See also: Timeline of talks", "Read: Full text of the statement"})
    void dropsLinkLines(String line) {
        assertThat(apply(new LinkLineRule(), List.of(PARA, line, PARA))).containsExactly(PARA, PARA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Left Menu", "Home Latest News", "PREVIOUS NEXT", "Previous article", "Next article", "Share this:",
        "Follow us on Twitter", "Copyright © 2024 APP", "© 2024 Dawn Media Group", "All rights reserved.",
        "Subscribe to our newsletter", "Click here to join our WhatsApp channel", "Tags: Pakistan, UK", "Advertisement",
        "Back to top button", "Share on Facebook Share on Twitter", "Home » World » Asia", "Published in Dawn, May 5th, 2024",
        "Like Pakistan on Facebook, follow @Pakistan on Twitter to stay informed and join in the conversation.",
        "Advertisement - Continue reading below", "Our Standards: The Thomson Reuters Trust Principles.", "Next Story >>",
        "Foreign Minister Ishaq Dar speaks at the UN in New York. — Photo: APP", "The envoy arrives in Kabul. — AFP/File",
        "Copyright 2024 The Nation", "Font Size", "Follow Geo News on WhatsApp", "Updated: 10:45 PM | 06 Jun, 2024",
        "Published On 12 Mar 2024", "Last updated on May 4, 2024 10:30pm"})
    void dropsNavigationLinesAnywhere(String line) {
        assertThat(apply(new NavigationRule(), List.of(PARA, line, PARA))).containsExactly(PARA, PARA);
    }

    @Test
    void keepsSentencesThatMerelyMentionNavigationWords() {
        List<String> lines = List.of("Home Secretary Amber Rudd said the next article of the treaty would be signed soon.",
                "Follow-up talks will be held in May, and the tags on the goods will be checked.",
                "Copyright laws were also discussed at the meeting.", "Other countries will follow us, the minister said.",
                "He said the country’s self-image had improved over the years.",
                "Advertisement revenue fell sharply last year, the minister said.",
                "Posted on the border, the soldiers watched the crossing all night.", PARA);
        assertThat(apply(new NavigationRule(), lines)).isEqualTo(lines);
        assertThat(FurnitureStripper.strip(lines)).isEqualTo(lines);
    }

    @Test
    void cutsFromCommentFormToEnd() {
        assertThat(apply(new CommentFormRule(), List.of(PARA, "Leave a Reply", "Your email address will not be published.", "Name")))
                .containsExactly(PARA);
    }

    @Test
    void dropsInlineRelatedBoxButKeepsStoryAfterIt() {
        List<String> lines = List.of(PARA, "Related Articles", "PM meets Chinese envoy", "FO rejects Indian claims", PARA + " Again.",
                "The meeting ended with a joint statement on trade and investment.");
        assertThat(apply(new SectionLabelRule(), lines))
                .containsExactly(PARA, PARA + " Again.", "The meeting ended with a joint statement on trade and investment.");
    }

    @Test
    void trailingDetectorLeavesAStoryWithoutSidebarAlone() {
        List<String> lines = List.of(PARA, "Background", "The dialogue began in 2012.", "Outlook",
                "Officials expect an agreement by June.");
        assertThat(apply(new TrailingBlockDetector(), lines)).isEqualTo(lines);
    }

    @Test
    void trailingDetectorCutsHeadlineTeaserBlockWhoseLastLineIsASentence() {
        List<String> lines = List.of(PARA, PARA, "Gold prices hit record high", "2 hours ago", "PSX gains 500 points", "3 hours ago",
                "Rupee steady", "The rupee closed unchanged against the dollar in interbank trading.");
        assertThat(apply(new TrailingBlockDetector(), lines)).containsExactly(PARA, PARA);
    }
}
