package communique.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialKeysTest {

    @Test
    void foldsCaseAccentsAndLeadingHonorifics() {
        assertThat(OfficialKeys.key("Lt Gen (retd) Nasser Janjua")).isEqualTo("nasser-janjua");
        assertThat(OfficialKeys.key("Dr. Moeed Yusuf")).isEqualTo("moeed-yousuf");
        assertThat(OfficialKeys.key("Lord Wajid Khan")).isEqualTo("wajid-khan");
        assertThat(OfficialKeys.key("Prof Ahsan Iqbal")).isEqualTo("ahsan-iqbal");
        assertThat(OfficialKeys.key("JOSÉ Álvarez")).isEqualTo("jose-alvarez");
    }

    @Test
    void foldsKnownSpellingVariantsSoFacetCountsAddUp() {
        assertThat(OfficialKeys.key("Shah Mehmood Qureshi")).isEqualTo(OfficialKeys.key("Shah Mahmood Qureshi"));
        assertThat(OfficialKeys.key("Chaudhary Fawad Hussain")).isEqualTo(OfficialKeys.key("Ch Fawad Hussain"))
                .isEqualTo(OfficialKeys.key("Chaudhry Fawad Husain")).isEqualTo("chaudhry-fawad-hussain");
        assertThat(OfficialKeys.key("Mohammad Faisal")).isEqualTo(OfficialKeys.key("Muhammad Faisal"))
                .isEqualTo(OfficialKeys.key("Mohammed Faisal"));
    }

    @Test
    void keepsNamePartsThatAreAlsoHonorificsWhenTheyEndTheName() {
        assertThat(OfficialKeys.key("Mushahid Hussain Syed")).isEqualTo("mushahid-hussain-syed");
        assertThat(OfficialKeys.key("Syed Mohsin Naqvi")).isEqualTo("mohsin-naqvi");
    }

    @Test
    void keepsChaudhryAsPartOfTheName() {
        assertThat(OfficialKeys.key("Chaudhry Nisar Ali Khan")).isEqualTo("chaudhry-nisar-ali-khan");
    }
}
