package communique.extract.facts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The five seed articles as issue 13 lists them: each seed's meetings (participants, sides, kind, date, place) and
 * the quotes the issue names with their speakers, read through the real article readers. Beyond the list,
 * the other quotes of each seed are asserted too, so that a rule that finds more must find them right.
 */
class SeedFactsTest {

    @Test
    void seed000_janjuaMetADelegationOfTheBritishParliament() {
        ArticleFacts f = facts("000");
        assertThat(f.meetings()).hasSize(1);
        Meeting m = f.meetings().get(0);
        assertThat(m.kind()).isEqualTo(MeetingKind.DELEGATION);
        assertThat(m.participants()).extracting(Participant::key, Participant::delegation, Participant::country)
                .containsExactly(tuple("nasser-janjua", false, "PK"), tuple("delegation-gb", true, "GB"));
        assertThat(m.date()).as("the article has no date; 'on Tuesday' alone gives none").isNull();
        assertThat(m.evidence()).startsWith("National Security Adviser (NSA)").contains("while meeting a delegation");
        assertThat(speakers(f)).contains(
                tuple("Pakistan highly values its relationship with the UK, which has a strategic character", QuoteKind.DIRECT,
                        "nasser-janjua"));
        assertThat(f.quotes()).allMatch(q -> q.speaker() != null && q.speaker().key().equals("nasser-janjua"));
        assertThat(f.quotes()).noneMatch(q -> q.text().equals("unfortunately") || q.text().equals("safe abode"));
    }

    @Test
    void seed001_nisarTalkedToAmberRuddInLondon() {
        ArticleFacts f = facts("001");
        assertThat(f.meetings()).hasSize(1);
        Meeting m = f.meetings().get(0);
        assertThat(m.kind()).isEqualTo(MeetingKind.TALKS);
        assertThat(m.participants()).extracting(Participant::key, Participant::side).containsExactly(
                tuple("chaudhry-nisar-ali-khan", Side.COUNTERPART), tuple("amber-rudd", Side.COUNTERPART));
        assertThat(m.place()).isEqualTo("London");
        assertThat(m.date()).isNull();
        assertThat(f.quotes()).as("reported speech, all the interior minister's (not Theresa May's)")
                .allMatch(q -> q.kind() == QuoteKind.REPORTED && q.speaker().key().equals("chaudhry-nisar-ali-khan"));
        assertThat(f.quotes()).extracting(Quote::text).contains(
                "momentum created by May should be carried forward to forge stronger ties and mutually beneficial partnerships in all fields");
    }

    @Test
    void seed002_wajidKhanCalledOnNaqviWithThreePresent() {
        ArticleFacts f = facts("002");
        assertThat(f.meetings()).hasSize(1);
        Meeting m = f.meetings().get(0);
        assertThat(m.kind()).isEqualTo(MeetingKind.CALL_ON);
        assertThat(m.participants()).extracting(Participant::key, Participant::side, Participant::role).containsExactly(
                tuple("wajid-khan", Side.CALLER, "Minister for Faith and Communities"),
                tuple("mohsin-naqvi", Side.HOST, "Interior Minister"),
                tuple("talal-chaudhry", Side.PRESENT, "Minister of State for Interior"),
                tuple("jane-marriott", Side.PRESENT, "High Commissioner"),
                tuple("khurram-agha", Side.PRESENT, "Interior Secretary"));
        assertThat(m.date()).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(m.place()).isEqualTo("Islamabad");
        assertThat(speakers(f)).contains(
                tuple("We greatly value the efforts and sacrifices Pakistan has made in this global struggle.",
                        QuoteKind.DIRECT, "wajid-khan"),
                tuple("Pakistan remains the only country where every segment of society has made unparalleled sacrifices in the war against terrorism",
                        QuoteKind.DIRECT, "mohsin-naqvi"),
                tuple("Illegal immigrants are being returned to their countries with respect, and no action is being taken against those with valid legal documents",
                        QuoteKind.DIRECT, "mohsin-naqvi"),
                tuple("all possible support is being provided to illegal foreign nationals during the repatriation process",
                        QuoteKind.REPORTED, "talal-chaudhry"));
    }

    @Test
    void seed003_naqviMetBiggarInIslamabadWithMarriottPresent() {
        ArticleFacts f = facts("003");
        assertThat(f.meetings()).hasSize(1);
        Meeting m = f.meetings().get(0);
        assertThat(m.kind()).isEqualTo(MeetingKind.MEETING);
        assertThat(m.participants()).extracting(Participant::key, Participant::side).containsExactly(
                tuple("mohsin-naqvi", Side.COUNTERPART), tuple("graeme-biggar", Side.COUNTERPART),
                tuple("jane-marriott", Side.PRESENT));
        assertThat(m.place()).as("from 'attended the meeting in Islamabad', not 'the NCA in the United Kingdom'")
                .isEqualTo("Islamabad");
        assertThat(m.date()).isNull();
        assertThat(speakers(f)).contains(
                tuple("The roots of terrorism are linked to our neighbouring country.", QuoteKind.DIRECT, "mohsin-naqvi"),
                tuple("The world cannot overlook Pakistan\u2019s tenacity and resolve in this struggle.", QuoteKind.DIRECT,
                        "mohsin-naqvi"));
    }

    @Test
    void seed004_aBriefingWithNoMeetingAndAnAnnouncedVisit() {
        ArticleFacts f = facts("004");
        assertThat(f.meetings()).as("Wendy Sherman's visit is looked forward to, not held").isEmpty();
        assertThat(speakers(f)).containsExactly(tuple(
                "We need a relationship that takes into account the interests of both the countries.", QuoteKind.DIRECT,
                "asim-iftikhar"));
    }

    @Test
    void everyQuoteAndEvidenceIsExactlyInTheBody() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            FactsFixtures.Run r = FactsFixtures.run(FactsFixtures.seed(seed));
            String body = r.article().body();
            for (Quote q : r.facts().quotes()) {
                assertThat(body.substring(q.start(), q.start() + q.text().length())).isEqualTo(q.text());
            }
            for (Meeting m : r.facts().meetings()) {
                assertThat(body.substring(m.start(), m.start() + m.evidence().length())).isEqualTo(m.evidence());
            }
        }
    }

    private static ArticleFacts facts(String seed) {
        return FactsFixtures.run(FactsFixtures.seed(seed)).facts();
    }

    private static List<org.assertj.core.groups.Tuple> speakers(ArticleFacts f) {
        return f.quotes().stream().map(q -> tuple(q.text(), q.kind(), q.speaker() == null ? null : q.speaker().key())).toList();
    }
}
