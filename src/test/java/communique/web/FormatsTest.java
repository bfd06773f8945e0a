package communique.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void countsAreGroupedInThousandsLikeEnglishText() {
        assertThat(Formats.count(0)).isEqualTo("0");
        assertThat(Formats.count(999)).isEqualTo("999");
        assertThat(Formats.count(1_000)).isEqualTo("1,000");
        assertThat(Formats.count(82_087)).isEqualTo("82,087");
        assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Formats.count(-12_345)).isEqualTo("-12,345");
        assertThat(Formats.count(Long.MIN_VALUE)).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", Long.MIN_VALUE));
    }
}
