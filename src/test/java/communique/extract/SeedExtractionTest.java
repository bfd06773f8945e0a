package communique.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed articles must come out exactly as the issue lists them. */
class SeedExtractionTest {

    private final EntityExtractor extractor = new EntityExtractor();

    private ExtractedArticle seed(String prefix) {
        return extractor.extract(TestArticles.read(TestArticles.seed(prefix)));
    }

    private static List<String> names(ExtractedArticle a) {
        return a.officials().stream().map(Official::name).toList();
    }

    private static List<String> codes(ExtractedArticle a) {
        return a.countries().stream().map(Country::code).toList();
    }

    @Test
    void seed000NamesTheNsaAndNothingFromTheSidebar() {
        ExtractedArticle a = seed("000");
        assertThat(names(a)).containsExactly("Nasser Janjua");
        assertThat(a.officials().get(0)).isEqualTo(
                new Official("nasser-janjua", "Nasser Janjua", "National Security Adviser", "PK"));
        assertThat(codes(a)).containsExactly("PK", "GB", "IN");
        assertThat(a.date()).isNull();
        assertThat(a.toString()).doesNotContain("Gaza").doesNotContain("Israel");
    }

    @Test
    void seed001MergesChaudhryNisarAndFindsTheUkOfficials() {
        ExtractedArticle a = seed("001");
        assertThat(a.officials()).containsExactly(
                new Official("chaudhry-nisar-ali-khan", "Chaudhry Nisar Ali Khan", "Interior Minister", "PK"),
                new Official("amber-rudd", "Amber Rudd", "Home Secretary", "GB"),
                new Official("theresa-may", "Theresa May", "Prime Minister", "GB"));
        assertThat(codes(a)).containsExactly("PK", "GB");
        assertThat(a.date()).isNull();
    }

    @Test
    void seed002FindsFiveOfficialsWithTheirOffices() {
        ExtractedArticle a = seed("002");
        assertThat(a.officials()).containsExactly(
                new Official("wajid-khan", "Wajid Khan", "Minister for Faith and Communities", "GB"),
                new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK"),
                new Official("talal-chaudhry", "Talal Chaudhry", "Minister of State for Interior", "PK"),
                new Official("jane-marriott", "Jane Marriott", "High Commissioner", "GB"),
                new Official("khurram-agha", "Khurram Agha", "Interior Secretary", "PK"));
        assertThat(codes(a)).containsExactly("PK", "GB", "AF");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 4, 17));
    }

    @Test
    void seed003ReadsAppositionAndSkipsUnnamedOfficeHolders() {
        ExtractedArticle a = seed("003");
        assertThat(a.officials()).containsExactly(
                new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK"),
                new Official("graeme-biggar", "Graeme Biggar", "Director General", "GB"),
                new Official("jane-marriott", "Jane Marriott", "High Commissioner", "GB"));
        assertThat(codes(a)).containsExactly("PK", "GB");
        assertThat(a.date()).isNull();
    }

    @Test
    void seed004FindsTheSpokespersonAndTheUsDeputySecretary() {
        ExtractedArticle a = seed("004");
        assertThat(a.officials()).containsExactly(
                new Official("asim-iftikhar", "Asim Iftikhar", "Foreign Office Spokesperson", "PK"),
                new Official("wendy-sherman", "Wendy Sherman", "Deputy Secretary of State", "US"));
        assertThat(codes(a)).containsExactlyInAnyOrder("PK", "US", "IN", "CN", "AF").startsWith("PK");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 10, 8));
    }
}
