package communique.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials: titles before and after names, role normalisation, merging, and what is not an official. */
class OfficialFinderTest {

    @Test
    void normalisesTheInteriorMinistersTitles() {
        assertThat(Texts.only("Minister for Interior Ahmed Raza met the press.").role()).isEqualTo("Interior Minister");
        assertThat(Texts.only("Ahmed Raza, the federal minister of interior, met the press.").role())
                .isEqualTo("Interior Minister");
        assertThat(Texts.only("Pakistan's Federal Interior Minister Ahmed Raza met the press.").role())
                .isEqualTo("Interior Minister");
        assertThat(Texts.only("Minister of State for Interior Ahmed Raza spoke.").role())
                .isEqualTo("Minister of State for Interior");
    }

    @Test
    void normalisesForeignOfficeSpokespersonAndKeepsPortfolios() {
        assertThat(Texts.only("FO spokesperson Sara Ali said so.").role()).isEqualTo("Foreign Office Spokesperson");
        assertThat(Texts.only("Foreign Office Spokesman Sara Ali said so.").role()).isEqualTo("Foreign Office Spokesperson");
        assertThat(Texts.only("Minister for Faith and Communities Lord Ahmed spoke.").role())
                .isEqualTo("Minister for Faith and Communities");
        assertThat(Texts.only("Federal Minister for Planning Ahsan Iqbal spoke.").role()).isEqualTo("Planning Minister");
    }

    @Test
    void takesTheCountryFromTheNationalityWordOrTheStorysHome() {
        assertThat(Texts.only("British High Commissioner Jane Marriott visited Lahore.").country()).isEqualTo("GB");
        assertThat(Texts.only("US Deputy Secretary of State Wendy Sherman arrived.").country()).isEqualTo("US");
        assertThat(Texts.only("Interior Secretary Khurram Agha said Pakistan would act.").country()).isEqualTo("PK");
        assertThat(Texts.only("Chinese Ambassador to Pakistan Jiang Zaidong said Pakistan was a friend.").country())
                .isEqualTo("CN");
    }

    @Test
    void readsApposition() {
        Official biggar = Texts.only("Pakistan hosted Graeme Biggar, the director general of the National Crime "
                + "Agency (NCA) in the United Kingdom, on Thursday.");
        assertThat(biggar).isEqualTo(new Official("graeme-biggar", "Graeme Biggar", "Director General", "GB"));
        assertThat(Texts.only("He praised Theresa May, now the Prime Minister of United Kingdom, for it.").role())
                .isEqualTo("Prime Minister");
    }

    @Test
    void dropsHonorificsAndRanksFromTheName() {
        assertThat(Texts.names("National Security Adviser (NSA) Lt Gen (retd) Nasser Janjua spoke in Pakistan."))
                .containsExactly("Nasser Janjua");
        assertThat(Texts.names("Sen. Sherry Rehman chaired the meeting in Islamabad.")).containsExactly("Sherry Rehman");
    }

    @Test
    void mergesSurnameWithFullNameInSameArticle() {
        assertThat(Texts.extract("Interior Minister Mohsin Naqvi met the envoy. Naqvi said Pakistan would help. "
                + "Minister Naqvi added more. Interior Minister Naqvi left.").officials())
                .containsExactly(new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK"));
    }

    @Test
    void keepsTalalChaudhryAndChaudhryNisarApart() {
        assertThat(Texts.names("Minister of State for Interior Talal Chaudhry criticised former interior minister "
                + "Chaudhry Nisar Ali Khan in Islamabad. Interior Minister Chaudhry Nisar did not reply. "
                + "Minister Chaudhry said more."))
                .containsExactly("Talal Chaudhry", "Chaudhry Nisar Ali Khan");
    }

    @Test
    void findsNoOfficialInUnnamedOfficesOrganisationsAndPlaces() {
        assertThat(Texts.names("The DG NCCIA, DG National Forensic Agency, Chief Commissioner Islamabad, and IG "
                + "Islamabad Police attended. The Minister said Pakistan was ready. The Foreign Office Spokesperson "
                + "said nothing.")).isEmpty();
    }

    @Test
    void findsLowerCaseTitlesAndCommaSeparatedNames() {
        assertThat(Texts.names("Pakistan's foreign minister, Ishaq Dar, said on Saturday. The country's army chief, "
                + "General Asim Munir, chaired a meeting.")).containsExactly("Ishaq Dar", "Asim Munir");
    }

    @Test
    void doesNotTakeAPartyLeaderOrAMereDoctor() {
        assertThat(Texts.names("MQM leader Altaf Hussain spoke. Dr Sana Qureshi, a physician, also spoke.")).isEmpty();
    }

    @Test
    void stepsOverTheInstitutionBetweenTitleAndName() {
        assertThat(Texts.names("Chairman Senate Yousuf Raza Gilani and DG National Crime Agency Graeme Biggar met."))
                .containsExactly("Yousuf Raza Gilani", "Graeme Biggar");
    }

    @Test
    void takesNoOfficialFromATitleCaseHeadline() {
        communique.article.Article a = new communique.article.Article("h", "Interior Minister Meets British Envoy",
                "Interior Minister Mohsin Naqvi met the British envoy in Islamabad.", null, null, "s", null);
        ExtractedArticle got = new EntityExtractor().extract(a);
        assertThat(got.officials()).extracting(Official::name).containsExactly("Mohsin Naqvi");
        assertThat(got.countries()).extracting(Country::code).containsExactly("GB");
    }

    @Test
    void completesAShortTitledNameFromAnUntitledFullName() {
        assertThat(Texts.names("Foreign Minister Bilawal said Pakistan wanted peace. Bilawal Bhutto Zardari later "
                + "left for New York.")).containsExactly("Bilawal Bhutto Zardari");
        assertThat(Texts.names("PM Shehbaz met the envoy. Shehbaz Sharif and Imran Khan were rivals, Khan said."))
                .containsExactly("Shehbaz Sharif");
    }
}
