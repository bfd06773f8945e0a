package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISLAMABAD – British Minister met him.|ISLAMABAD|British Minister met him.",
        "LONDON, Apr 18 (APP): The High Commissioner said so.|LONDON|The High Commissioner said so.",
        "WASHINGTON: The talks began.|WASHINGTON|The talks began.",
        "Islamabad, Oct 8 (APP) - The minister met the envoy.|ISLAMABAD|The minister met the envoy.",
        "LONDON (Reuters) - Britain said on Monday.|LONDON|Britain said on Monday.",
        "NEW YORK, May 3 — The UN met.|NEW YORK|The UN met.",
        "DERA ISMAIL KHAN: Police said.|DERA ISMAIL KHAN|Police said.",
        "Karachi, 12 March 2024 (PPI): Traders protested.|KARACHI|Traders protested."})
    void takesPlaceFromDatelineAndRemovesIt(String paragraph, String place, String rest) {
        Dateline d = Dateline.find(paragraph);
        assertThat(d).isNotNull();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "ISLAMABAD, March 3, 2025: The minister met the envoy.|2025-03-03",
        "Karachi, 12 March 2024 (PPI): Traders protested.|2024-03-12",
        "LONDON, Apr 18 2019 (APP): The High Commissioner said so.|2019-04-18",
        "LONDON, Apr 18 (APP): The High Commissioner said so.|none",
        "DUBAI, Feb 30, 2024: No such day.|none",
        "WASHINGTON: The talks began.|none"})
    void aDatelineWithDayMonthAndYearDatesTheStoryAndOneWithoutAYearDoesNot(String paragraph, String date) {
        Dateline d = Dateline.find(paragraph);
        assertThat(d).isNotNull();
        assertThat(d.date()).isEqualTo(date == null ? null : java.time.LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pakistan and the UK are strengthening their collaboration.",
        "National Security Adviser (NSA) Lt Gen (retd) Nasser Janjua on Tuesday said so.",
        "BREAKING: Talks collapse in Doha.",
        "The minister said: the talks went well.",
        "Islamabad – the capital – hosted the talks.",
        "SINCE the start of hostilities on Oct 7, Israel has put in efforts."})
    void findsNoDatelineInOrdinarySentences(String paragraph) {
        assertThat(Dateline.find(paragraph)).isNull();
    }
}
