package communique.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query side normalises as the indexer does (NFKC, invisible characters): a word in fullwidth letters finds
 * the word, fullwidth digits are read the same way in page numbers and in dates (and other scripts' digits in
 * neither), a query of nothing but no-break or zero-width spaces browses everything as a blank one does, and a
 * query that only excludes ({@code NOT a}, {@code -janjua}) is every article but those, where it found none.
 */
class QueryNormalisationTest {

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static long all;

    @BeforeAll
    static void open() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.seedLike(dir));
        all = backend.search(SearchRequest.of("")).total();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @Test
    void fullwidthLettersFindTheWord() {
        long plain = backend.search(SearchRequest.of("Janjua")).total();
        assertThat(plain).isPositive();
        assertThat(backend.search(SearchRequest.of("\uFF2A\uFF41\uFF4E\uFF4A\uFF55\uFF41")).total()).isEqualTo(plain);
        assertThat(backend.search(SearchRequest.of("\uFF45\uFF58\uFF54\uFF52\uFF41\uFF44\uFF49\uFF54\uFF49\uFF4F\uFF4E")).hits())
                .extracting(Hit::id).containsExactly("naqvi-nca");
    }

    @Test
    void fullwidthDigitsAreReadAlikeInPagesAndDatesAndOtherScriptsDigitsInNeither() {
        SearchRequest request = SearchRequest.parse(Map.of("page", List.of("\uFF12"), "from", List.of("\uFF12\uFF10\uFF11\uFF18"),
                "to", List.of("\uFF12\uFF10\uFF12\uFF15-\uFF10\uFF12")));
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.from()).isEqualTo("2018");
        assertThat(request.to()).isEqualTo("2025-02");
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("page", List.of("\u0662"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("page must be a number");
        assertThatThrownBy(() -> SearchRequest.parse(Map.of("from", List.of("\u0662\u0660\u0661\u0668"))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("from must be YYYY");
    }

    @Test
    void aQueryOfOnlyInvisibleOrNoBreakSpacesBrowsesEverything() {
        for (String blank : List.of("\u00A0", "\u200B", "\u200B\u200B\uFEFF", "\u2060 \u00A0\u3000", "\u200C\u200D",
                "\u202F\u2007", "\u0000\u0001")) {
            SearchRequest request = SearchRequest.of(blank);
            assertThat(request.query()).as(escape(blank)).isEmpty();
            assertThat(backend.search(request).total()).as(escape(blank)).isEqualTo(all);
        }
    }

    @Test
    void aWordBrokenByAnInvisibleCharacterIsStillTheWord() {
        assertThat(backend.search(SearchRequest.of("Jan\u200Bjua")).total())
                .isEqualTo(backend.search(SearchRequest.of("Janjua")).total());
        assertThat(backend.search(SearchRequest.of("extra\u00ADdition")).total())
                .isEqualTo(backend.search(SearchRequest.of("extradition")).total()).isPositive();
    }

    @Test
    void aQueryThatOnlyExcludesIsEverythingButTheExcluded() {
        long janjua = backend.search(SearchRequest.of("janjua")).total();
        assertThat(janjua).isPositive().isLessThan(all);
        assertThat(backend.search(SearchRequest.of("NOT janjua")).total()).isEqualTo(all - janjua);
        assertThat(backend.search(SearchRequest.of("-janjua")).total()).isEqualTo(all - janjua);
        assertThat(backend.search(SearchRequest.of("NOT janjua NOT naqvi")).hits()).extracting(Hit::id)
                .doesNotContain("janjua-uk", "naqvi-nca", "naqvi-wajid").isNotEmpty();
        assertThat(backend.search(SearchRequest.of("NOT a")).total()).as("a stop word excludes nothing").isEqualTo(all);
        assertThat(backend.search(SearchRequest.of("london OR (NOT janjua)")).total()).isEqualTo(all - janjua);
        assertThat(backend.search(SearchRequest.of("janjua AND NOT janjua")).total()).isZero();
    }

    private static String escape(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
