package communique.bench;

import communique.search.FacetCounts;
import communique.search.Hit;
import communique.search.InvalidRequestException;
import communique.search.LuceneSearchBackend;
import communique.search.SearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Communiqué's real results page: every task goes through {@link SearchBackend#search}, which always counts all
 * facets and highlights the hits shown (and may add a spelling suggestion), exactly as the web page asks for it.
 * The backend's result cache is off, and so is Lucene's query cache (for both engines, see {@link Bench}): tasks
 * repeat every round, and the figures are the work of answering, not of remembering.
 */
final class BackendPages implements PageSearcher {

    private final SearchBackend backend;

    BackendPages(Path dir) throws IOException {
        this.backend = new LuceneSearchBackend(dir, 0);
    }

    @Override
    public String name() {
        return "communique SearchBackend (LuceneSearchBackend: facets, snippets, suggestions on every task)";
    }

    @Override
    public boolean canAnswer(SearchTask task) {
        return true;
    }

    @Override
    public long run(SearchTask task) {
        SearchResult result;
        try {
            result = backend.search(request(task));
        } catch (InvalidRequestException e) {
            throw new Refused(e.getMessage(), e);
        }
        long shown = result.total();
        for (Hit hit : result.hits()) {
            shown += hit.title().length() + (hit.snippet() == null ? 0 : hit.snippet().length());
        }
        FacetCounts f = result.facets();
        return shown + f.official().size() + f.country().size() + f.role().size() + f.year().size() + f.month().size();
    }

    static SearchRequest request(SearchTask task) {
        return new SearchRequest(task.text(), listOf(task.official()), listOf(task.country()), List.of(),
                day(task.from()), day(task.to()), task.newest() ? SortOrder.DATE : SortOrder.RELEVANCE, task.page());
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public void close() {
        backend.close();
    }
}
