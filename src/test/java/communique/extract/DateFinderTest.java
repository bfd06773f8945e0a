package communique.extract;

import communique.article.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    @Test
    void readsDatelines() {
        assertThat(DateFinder.find("LONDON, Apr 18 2019 (APP): The minister said.")).isEqualTo(LocalDate.of(2019, 4, 18));
        assertThat(DateFinder.find("WASHINGTON, June 3, 2023 \u2013 The secretary said.")).isEqualTo(LocalDate.of(2023, 6, 3));
        assertThat(DateFinder.find("BEIJING, 5 February 2025: Talks began.")).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void readsAnExplicitFullDateInTheLeadSentence() {
        assertThat(DateFinder.find("The minister left for Riyadh on April 23rd, 2018, on a visit."))
                .isEqualTo(LocalDate.of(2018, 4, 23));
    }

    @Test
    void neverReadsABareWeekdayOrAnIncompleteDate() {
        assertThat(DateFinder.find("The minister said on Tuesday that talks would resume.")).isNull();
        assertThat(DateFinder.find("LONDON, May 9 (Reuters) - The minister said.")).isNull();
        assertThat(DateFinder.find("The talks began on February 30, 2020 in Doha.")).isNull();
    }

    @Test
    void doesNotTakeAHistoricalDate() {
        assertThat(DateFinder.find("The dialogue, marked on Tuesday, began after a declaration on May 21, 2015.")).isNull();
        assertThat(DateFinder.find("Talks resumed.\nThe treaty was signed on 12 March 2020 in Doha.")).isNull();
    }

    @Test
    void prefersTheMetadataDate() {
        Article a = new Article("x", "t", "LONDON, Apr 18 2019 (APP): text", LocalDate.of(2020, 1, 2), null, "s", null);
        assertThat(new EntityExtractor().extract(a).date()).isEqualTo(LocalDate.of(2020, 1, 2));
    }
}
