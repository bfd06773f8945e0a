package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lt. Gen. Asim Munir met the U.S. envoy. He left.|Lt. Gen. Asim Munir met the U.S. envoy",
        "Dr. A. Q. Khan was honoured on Friday. The ceremony was brief.|Dr. A. Q. Khan was honoured on Friday",
        "Talks ended in Geneva! Both sides left.|Talks ended in Geneva!",
        "Did the talks fail? Officials said no.|Did the talks fail?",
        "The meeting was held on Jan. 5 in Kabul. It went well.|The meeting was held on Jan. 5 in Kabul",
        "No full stop at all in this one|No full stop at all in this one"})
    void endsTitleAtFirstSentenceNotAtAbbreviationsOrInitials(String body, String title) {
        assertThat(Headline.fromBody(body)).isEqualTo(title);
    }

    @Test
    void shortensLongFirstSentenceAtWordBoundaryWithEllipsis() {
        String body = "Pakistan and the United Kingdom on Thursday agreed to deepen cooperation in counter-terrorism, trade, "
                + "education, health and climate change during a meeting in London.";
        String title = Headline.fromBody(body);
        assertThat(title).hasSizeLessThanOrEqualTo(Headline.MAX_LENGTH).endsWith("…").doesNotEndWith(",…").doesNotEndWith(" …");
        assertThat(body).startsWith(title.substring(0, title.length() - 1));
        assertThat(body.charAt(title.length() - 1)).isIn(' ', ',');
    }

    @Test
    void usesOnlyTheFirstParagraph() {
        assertThat(Headline.fromBody("Envoy arrives in Kabul\n\nThe envoy arrived on Sunday.")).isEqualTo("Envoy arrives in Kabul");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Pakistan, UK agree on visa rules | Dawn News#Pakistan, UK agree on visa rules",
        "Pakistan, UK agree on visa rules - The Express Tribune#Pakistan, UK agree on visa rules",
        "Pakistan, UK agree on visa rules – Daily Times#Pakistan, UK agree on visa rules",
        "Pak-Afghan border reopens#Pak-Afghan border reopens",
        "Talks in Doha - a view from Islamabad on what comes next after the summit#Talks in Doha - a view from Islamabad on what comes next after the summit"})
    void stripsSiteNameSuffixFromPageTitle(String pageTitle, String title) {
        assertThat(Headline.withoutSiteName(pageTitle)).isEqualTo(title);
    }
}
