package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The five articles the project ships in index-data/articles (tests run with the project root as working dir). */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("index-data", "articles");

    private static Article seed(String name) throws Exception {
        Path file = SEEDS.resolve(name);
        String id = name.substring(0, name.lastIndexOf('.'));
        return TxtArticleParser.parse(id, Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    @Test
    void dropsOpinionSidebarAndReadMoreLinkButKeepsLastSentence() throws Exception {
        Article a = seed("000_e5b1698ca445e388.txt");
        assertThat(a.body()).doesNotContain("Gaza", "Rigging", "Opinion", "Editorial", "Read more", "May, 2024", "Interpol")
                .endsWith("and expressed desire to diversify its relations with the country.")
                .startsWith("National Security Adviser (NSA) Lt Gen (retd) Nasser Janjua on Tuesday");
        assertThat(a.date()).isNull();
        assertThat(a.place()).isNull();
    }

    @Test
    void titleOfArticleWithoutPeriodIsItsFirstParagraphCutAtAWord() throws Exception {
        Article a = seed("000_e5b1698ca445e388.txt");
        assertThat(a.title()).startsWith("National Security Adviser (NSA) Lt Gen (retd) Nasser Janjua").endsWith("…");
        assertThat(a.title().length()).isLessThanOrEqualTo(Headline.MAX_LENGTH);
        assertThat(a.body()).startsWith(a.title().substring(0, a.title().length() - 1));
    }

    @Test
    void keepsOneParagraphPerLineArticleWhole() throws Exception {
        Article a = seed("001_514842500035c35e.txt");
        assertThat(a.body().split("\n\n")).hasSize(13);
        assertThat(a.body()).endsWith("agreed to continued cooperation between the two countries.")
                .startsWith("Minister for Interior Chaudhry Nisar Ali Khan on Monday said");
        assertThat(a.title()).startsWith("Minister for Interior Chaudhry Nisar Ali Khan on Monday said").endsWith("…");
    }

    @Test
    void readsDateHeaderAndDatelineOfSeed002() throws Exception {
        Article a = seed("002_31ebe3ab8fbe6428.txt");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 4, 17));
        assertThat(a.place()).isEqualTo("ISLAMABAD");
        assertThat(a.body()).startsWith("British Minister for Faith and Communities Lord Wajid Khan called on")
                .doesNotContain("date 2025", "ISLAMABAD –")
                .endsWith("support is being provided to illegal foreign nationals during the repatriation process.");
        assertThat(a.title()).isEqualTo("British Minister for Faith and Communities Lord Wajid Khan called on Pakistan’s Federal Interior Minister…");
    }

    @Test
    void cutsCommentFormAndBackToTopButtonOfSeed003() throws Exception {
        Article a = seed("003_261cfe53149ba554.txt");
        assertThat(a.body()).doesNotContain("Leave a Reply", "Your email address", "Required fields", "Back to top")
                .endsWith("dedication to working with the Pakistani government in a variety of fields going forward.");
        assertThat(a.title()).isEqualTo("Pakistan and the UK are strengthening their counterterrorism and extradition collaboration");
    }

    @Test
    void stripsTltpSignOffOfSeed004AndKeepsItsSentence() throws Exception {
        Article a = seed("004_1f6bf9328a5445cf.txt");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 10, 8));
        assertThat(a.body()).doesNotContain("TLTP", "date 2021").endsWith("exchanges in the field of education.")
                .startsWith("Foreign Office Spokesperson Asim Iftikhar has said");
    }

    @Test
    void separatesParagraphsByExactlyOneBlankLine() throws Exception {
        for (String name : new String[] {"000_e5b1698ca445e388.txt", "002_31ebe3ab8fbe6428.txt", "004_1f6bf9328a5445cf.txt"}) {
            String body = seed(name).body();
            assertThat(body).doesNotContain("\n\n\n").doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith("\n");
            assertThat(body.replace("\n\n", "")).doesNotContain("\n");
        }
    }
}
