package communique.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final Function<SearchRequest, SearchResult> engine = request -> {
        computed.incrementAndGet();
        return new SearchResult(request.query().length(), 25, request.query(), request.page(), 10, "relevance",
                List.of(), FacetCounts.EMPTY, null);
    };

    @Test
    void answersARepeatedRequestWithoutComputingItAgain() {
        ResultCache cache = new ResultCache(10);
        SearchResult first = cache.get(SearchRequest.of("talks"), engine);
        SearchResult again = cache.get(SearchRequest.of("talks"), engine);
        assertThat(computed).hasValue(1);
        assertThat(again.total()).isEqualTo(first.total());
        assertThat(again.query()).isEqualTo("talks");
        assertThat(again.tookMs()).as("the time of the look-up, not of the first computation").isLessThan(25);
        cache.get(SearchRequest.of("talks").withPage(2), engine);
        assertThat(computed).as("another page is another request").hasValue(2);
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        ResultCache cache = new ResultCache(2);
        cache.get(SearchRequest.of("a"), engine);
        cache.get(SearchRequest.of("b"), engine);
        cache.get(SearchRequest.of("a"), engine); // a is now the most recent
        cache.get(SearchRequest.of("c"), engine); // b goes
        assertThat(cache.size()).isEqualTo(2);
        computed.set(0);
        cache.get(SearchRequest.of("a"), engine);
        assertThat(computed).hasValue(0);
        cache.get(SearchRequest.of("b"), engine);
        assertThat(computed).hasValue(1);
    }

    @Test
    void capacityZeroComputesEveryTimeAndRefusalsAreNeverCached() {
        ResultCache none = new ResultCache(0);
        none.get(SearchRequest.of("a"), engine);
        none.get(SearchRequest.of("a"), engine);
        assertThat(computed).hasValue(2);

        ResultCache cache = new ResultCache(10);
        AtomicInteger refusals = new AtomicInteger();
        Function<SearchRequest, SearchResult> refusing = r -> {
            refusals.incrementAndGet();
            throw new InvalidRequestException("too expensive");
        };
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.get(SearchRequest.of("x*"), refusing)).isInstanceOf(InvalidRequestException.class);
        }
        assertThat(refusals).hasValue(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new ResultCache(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
