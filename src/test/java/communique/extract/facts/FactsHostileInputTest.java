package communique.extract.facts;

import communique.article.Article;
import communique.extract.Official;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's bad input: a 50,000-character quote, quotation marks unbalanced across a whole article, 500 names in
 * one sentence. Each finishes in bounded time, loses nothing the text does say, and gives a result one can state.
 */
class FactsHostileInputTest {

    private static final String[] FIRST = {"Amir", "Bilal", "Chaudhry", "Danish", "Ehsan", "Faisal", "Ghulam", "Haroon",
        "Imtiaz", "Javed", "Kamran", "Latif", "Majid", "Nadeem", "Omar", "Pervez", "Qasim", "Rashid", "Saleem", "Tariq",
        "Usman", "Waqar", "Yasir", "Zafar", "Adnan"};
    private static final String[] LAST = {"Abbasi", "Bhatti", "Chohan", "Durrani", "Elahi", "Farooqi", "Gillani", "Hashmi",
        "Iqbal", "Jatoi", "Khattak", "Lodhi", "Mengal", "Niazi", "Orakzai", "Paracha", "Qureshi", "Rind", "Soomro", "Tiwana"};

    @Test
    @Timeout(10)
    void aFiftyThousandCharacterQuoteIsKeptWholeAndExact() {
        String words = "We will not rest until every promise made to the people has been kept. ".repeat(800);
        String quoted = words.substring(0, 50_000).strip();
        String body = "Interior Minister Mohsin Naqvi met British High Commissioner Jane Marriott on Tuesday.\n\n"
                + "Naqvi said: \u201C" + quoted + "\u201D\n\nMarriott said that Britain would help.";
        FactsFixtures.Run r = FactsFixtures.run(article(body));

        Quote longest = r.facts().quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertThat(longest.text()).isEqualTo(quoted).hasSize(quoted.length());
        assertThat(longest.speaker().key()).isEqualTo("mohsin-naqvi");
        assertThat(r.facts().meetings()).hasSize(1);
        assertThat(r.facts().quotes()).extracting(Quote::text).contains("Britain would help");
        assertThat(r.facts().quotes()).as("the 700 and more sentences inside the quote are not reported speech of their own")
                .hasSize(2);
    }

    @Test
    @Timeout(10)
    void anUnclosedFiftyThousandCharacterQuoteEndsAtItsParagraph() {
        String quoted = "Pakistan wants peace with all its neighbours and ".repeat(1_100).substring(0, 50_000);
        String body = "Foreign Minister Ishaq Dar said: \u201C" + quoted + "\n\nDar later met Chinese Ambassador Jiang"
                + " Zaidong in Islamabad.";
        FactsFixtures.Run r = FactsFixtures.run(article(body));

        assertThat(r.facts().quotes()).hasSize(1);
        assertThat(r.facts().quotes().get(0).text()).isEqualTo(quoted.strip());
        assertThat(r.facts().meetings()).as("the next paragraph is read as usual").hasSize(1);
        assertThat(r.facts().meetings().get(0).place()).isEqualTo("Islamabad");
    }

    @Test
    @Timeout(10)
    void unbalancedQuotationMarksAcrossAWholeArticleLoseNoMeetingAndNoAttributedQuote() {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 2_000; p++) {
            body.append(p % 2 == 0 ? "The talks were \u201Cfrank and \"useful, officials said of the day.\n\n"
                    : "Foreign Minister Ishaq Dar met Chinese Ambassador Jiang Zaidong in Islamabad on Monday.\n\n");
        }
        body.append("\u201CWe are ready,\u201D Dar said.\n\n\u201C\u201D \u201C \" \u201D\u201D\u201D");
        FactsFixtures.Run r = FactsFixtures.run(article(body.toString()));

        assertThat(r.facts().meetings()).as("the same pair met: one meeting, its evidence the first report").hasSize(1);
        assertThat(r.facts().quotes()).extracting(Quote::text).containsExactly("We are ready");
        assertThat(r.facts().quotes().get(0).speaker().key()).isEqualTo("ishaq-dar");
        for (Quote q : r.facts().quotes()) {
            assertThat(q.text()).doesNotContain("\n\n");
        }
    }

    @Test
    @Timeout(20)
    void fiveHundredNamesInOneSentenceAreAllParticipantsOfOneMeeting() {
        List<String> names = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : LAST) {
                names.add(first + " " + last);
            }
        }
        assertThat(names).hasSize(500);
        String list = names.stream().map(n -> "Senator " + n).collect(Collectors.joining(", "));
        String body = "Chinese President Xi Jinping met " + list + " in Beijing on Monday.\n\n"
                + "\u201CWe welcome you all,\u201D Xi said.";
        FactsFixtures.Run r = FactsFixtures.run(article(body));

        Set<String> officials = r.extracted().officials().stream().map(Official::key).collect(Collectors.toSet());
        assertThat(r.facts().meetings()).hasSize(1);
        Meeting m = r.facts().meetings().get(0);
        assertThat(m.participants()).as("every official the sentence names takes part")
                .extracting(Participant::key).containsExactlyInAnyOrderElementsOf(officials);
        assertThat(m.participants()).hasSizeGreaterThanOrEqualTo(450);
        assertThat(m.participants().get(0).key()).isEqualTo("xi-jinping");
        assertThat(m.place()).isEqualTo("Beijing");
        assertThat(r.facts().quotes()).singleElement().extracting(q -> q.speaker().key()).isEqualTo("xi-jinping");
    }

    @Test
    @Timeout(20)
    void twentyThousandQuotesInOneSentenceTakeLinearTime() {
        String body = "Foreign Minister Ishaq Dar met Chinese Ambassador Jiang Zaidong in Islamabad. Dar said, "
                + "\u201CYes,\u201D he said, \u201Cno,\u201D Jiang said, ".repeat(10_000) + "and nothing more.";
        long start = System.nanoTime();
        FactsFixtures.Run r = FactsFixtures.run(article(body));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.facts().quotes()).hasSize(20_000);
        assertThat(r.facts().quotes().get(1).speaker().key()).isEqualTo("jiang-zaidong");
        assertThat(millis).as("milliseconds for 20,000 quotes").isLessThan(10_000);
    }

    private static Article article(String body) {
        return new Article("hostile", "hostile", body, LocalDate.of(2025, 1, 7), null, "hostile.txt", null);
    }
}
