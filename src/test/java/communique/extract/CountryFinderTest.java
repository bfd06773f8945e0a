package communique.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryFinderTest {

    @Test
    void tellsTheUsFromThePronounUs() {
        assertThat(Texts.codes("Let us work together, said the envoy of Pakistan.")).containsExactly("PK");
        assertThat(Texts.codes("The US and the U.K. welcomed it, as did the USA.")).containsExactly("US", "GB");
        assertThat(Texts.codes("LET US WORK TOGETHER FOR PEACE\nThe talks went well.")).isEmpty();
    }

    @Test
    void readsDemonymsAndCompounds() {
        assertThat(Texts.codes("Pak-US ties and Sino-Pak friendship grew, Afghan-owned firms said."))
                .containsExactlyInAnyOrder("PK", "US", "CN", "AF");
        assertThat(Texts.codes("British, Indian and Chinese diplomats met in a Pakistan-UK forum."))
                .containsExactlyInAnyOrder("GB", "IN", "CN", "PK");
        assertThat(Texts.codes("The Indo-Pacific strategy was discussed.")).isEmpty();
    }

    @Test
    void guardsCountriesThatAreAlsoNames() {
        assertThat(Texts.codes("US Senator Chad Whitaker met Georgia Marsh in Washington.")).containsExactly("US");
        assertThat(Texts.codes("Pakistan and Jordan signed a pact; Jordan's king welcomed it."))
                .containsExactly("PK", "JO");
        assertThat(Texts.codes("She lives in Atlanta, Georgia, with her family.")).isEmpty();
    }

    @Test
    void skipsRegionsTerritoriesAndLookAlikes() {
        assertThat(Texts.codes("South Asia, Kashmir, Jammu and Kashmir, the Muslim world, the Middle East and the "
                + "Gulf; the Indian Ocean, British Columbia, New Mexico and Indiana.")).isEmpty();
    }

    @Test
    void takesCountriesInsideOrganisationNamesAndOccupiedTerritoryNames() {
        assertThat(Texts.codes("Pakistan Tehreek-e-Insaf raised the Indian Illegally Occupied Jammu and Kashmir."))
                .containsExactly("PK", "IN");
    }
}
