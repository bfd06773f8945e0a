package communique.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import communique.search.Hit;
import communique.search.InvalidRequestException;
import communique.search.LuceneSearchBackend;
import communique.search.Limits;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;
import communique.search.TestIndexes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arbitrary strings as the query, facet values, dates, order and page, through {@link SearchRequest} and the real
 * {@link LuceneSearchBackend} on the seed-like index: a request is either refused with an
 * {@link InvalidRequestException} or answered with a well-formed result; nothing else ever comes out. Replays
 * src/test/resources/communique/reliability/QueryParserFuzzTestInputs in a normal run; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class QueryParserFuzzTest {

    private static final String[] SORTS = {null, "relevance", "date", "bogus", ""};

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;

    @BeforeAll
    static void open() throws Exception {
        backend = new LuceneSearchBackend(TestIndexes.seedLike(dir));
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @FuzzTest(maxDuration = "30s")
    void anyRequestIsRefusedOrAnsweredNeverCrashes(FuzzedDataProvider data) {
        int page = data.consumeBoolean() ? 1 : data.consumeInt();
        String sort = SORTS[data.consumeInt(0, SORTS.length - 1)];
        String official = data.consumeString(40);
        String country = data.consumeString(8);
        String role = data.consumeString(40);
        String from = data.consumeString(12);
        String to = data.consumeString(12);
        String query = data.consumeRemainingAsString();
        SearchRequest request;
        try {
            request = new SearchRequest(query, List.of(official), List.of(country), List.of(role), from, to,
                    sort == null ? null : SortOrder.parse(sort), page);
        } catch (InvalidRequestException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            request = null;
        }
        if (request != null) {
            searchOrRefuse(request);
            searchOrRefuse(SearchRequest.of(request.query()));
        }
    }

    private static void searchOrRefuse(SearchRequest request) {
        try {
            SearchResult result = backend.search(request);
            assertThat(result.hits().size()).isLessThanOrEqualTo(Limits.PAGE_SIZE);
            assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
            for (Hit hit : result.hits()) {
                if (hit.snippet() != null) {
                    assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
                }
            }
            backend.article("naqvi-nca", request.query());
        } catch (InvalidRequestException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
