package communique.search;

import communique.export.ExportRow;
import communique.extract.Country;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An export over one index snapshot: the hits of the results page's query in its order, read {@link #BATCH} at a
 * time with {@link IndexSearcher#searchAfter}, each batch highlighted like a page and handed on before the next is
 * read. Each batch is a search of its own behind the {@link SearchGate}, with its own deadline: an export of 100,000
 * rows never holds a core for longer than one page's search does, page searches take turns with it, and the rows
 * are written to the client while no permit is held, so a slow reader costs the other searches nothing.
 */
final class LuceneExport {

    /** Hits per batch: small enough that their stored bodies stay a few hundred KB, large enough to cost little. */
    static final int BATCH = 200;

    private final Supplier<IndexSearcher> searchers;
    private final SearchGate gate;

    /** {@code searchers} gives a searcher over the held snapshot with a fresh deadline, one per batch. */
    LuceneExport(Supplier<IndexSearcher> searchers, SearchGate gate) {
        this.searchers = searchers;
        this.gate = gate;
    }

    void run(SearchRequest request, int limit, Consumer<ExportRow> rows) {
        Query userQuery = UserQueryParser.parseUserQuery(request.query());
        Query hits = SearchRunner.hitsQuery(request, userQuery);
        Sort sort = request.effectiveSort() == SortOrder.DATE ? SearchRunner.NEWEST_FIRST : null;
        ScoreDoc after = null;
        int written = 0;
        while (written < limit) {
            int size = Math.min(BATCH, limit - written);
            ScoreDoc from = after;
            Batch batch = gate.run(() -> batch(hits, userQuery, sort, from, size));
            batch.hits().forEach(hit -> rows.accept(ExportRow.of(hit.id(), hit.date(), hit.title(), hit.url(),
                    hit.officials(), hit.countries().stream().map(Country::code).toList(), hit.snippet())));
            written += batch.hits().size();
            if (batch.last() == null || batch.hits().size() < size) {
                return;
            }
            after = batch.last();
        }
    }

    /** The next {@code size} hits after {@code after} (null: from the first), with snippets as the page has them. */
    private Batch batch(Query hits, Query userQuery, Sort sort, ScoreDoc after, int size) {
        IndexSearcher searcher = searchers.get();
        try {
            TopDocs top = sort == null ? searcher.searchAfter(after, hits, size)
                    : searcher.searchAfter(after, hits, size, sort);
            if (searcher.timedOut()) {
                throw new InvalidRequestException("The export took too long and was stopped; use more specific words.");
            }
            ScoreDoc[] docs = top.scoreDocs;
            return new Batch(new HitLoader(searcher).load(docs, userQuery),
                    docs.length == 0 ? null : docs[docs.length - 1]);
        } catch (IndexSearcher.TooManyClauses e) {
            throw UserQueryParser.tooComplex(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Batch(List<Hit> hits, ScoreDoc last) {
    }
}
