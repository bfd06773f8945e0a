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
 * {@link InvalidRequestException} or answered with a well-formed result; nothing else ever comes out.
 *
 * <p>A normal {@code mvn test} replays every file in
 * {@code src/test/resources/communique/reliability/QueryParserFuzzTestInputs/anyRequestIsRefusedOrAnsweredNeverCrashes}:
 * the hand-written {@code *-seed} inputs and the {@code found-*} inputs kept from a fuzzing session (a greedy cover
 * of the coverage its corpus reached, at most 40 files under 4 KB). To fuzz for the five minutes of
 * {@code maxDuration} (one fuzz test per JVM):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest=QueryParserFuzzTest \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_len=4096 \
 *     '-Djazzer.instrumentation_includes=communique.**:org.apache.lucene.queryparser.**'
 * </pre>
 * {@code jazzer.internal.arg.N} are libFuzzer flags (arg.0 stands for the program name); the includes let coverage
 * guide the fuzzer through Lucene's query parser too. Jazzer keeps what it generates in {@code .cifuzz-corpus/}
 * (git-ignored) and writes a crashing input into the inputs directory above, where every later run replays it.
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

    @FuzzTest(maxDuration = "5m")
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
