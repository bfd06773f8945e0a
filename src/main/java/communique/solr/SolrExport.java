package communique.solr;

import communique.export.ExportRow;
import communique.index.Fields;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An export from the collection: the results page's query, filters, order and snippets, read {@link #BATCH} hits at
 * a time with a cursor (cursorMark; the order ends with the unique id, as cursors require and the pages already
 * sort), each batch handed on before the next is asked for. A cursor survives commits between batches without
 * repeating or skipping an article that did not change. Solr refuses timeAllowed beside a cursor, so a batch is
 * bounded by its size and the client's request timeout instead of the pages' deadline.
 */
final class SolrExport {

    static final int BATCH = 200;

    private final SolrSearch search;

    SolrExport(SolrSearch search) {
        this.search = search;
    }

    /** {@code criteria}'s page and page size are ignored; its order and snippets are kept. */
    void run(SolrSearch.Criteria criteria, int limit, Consumer<ExportRow> rows) throws IOException, SolrServerException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        int written = 0;
        while (written < limit) {
            int size = Math.min(BATCH, limit - written);
            QueryResponse response = search.run(params(criteria, cursor, size));
            List<SolrSearch.Found> found = found(response);
            found.forEach(hit -> rows.accept(row(hit)));
            written += found.size();
            String next = response.getNextCursorMark();
            if (found.size() < size || next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    private static ModifiableSolrParams params(SolrSearch.Criteria criteria, String cursor, int size) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        boolean browse = criteria.query() == null;
        params.set("q", browse ? "*:*" : SolrQuerySyntax.render(criteria.query()));
        params.set("defType", "lucene");
        params.set("q.op", "OR");
        params.set("fl", SolrSearch.STORED);
        SolrSearch.filters(params, criteria);
        params.set("sort", criteria.newestFirst() || browse ? Fields.DATE + " desc," + Fields.ID + " asc"
                : "score desc," + Fields.ID + " asc");
        params.set("rows", size);
        params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        if (!browse && criteria.snippets()) {
            SolrSearch.highlight(params);
        }
        return params;
    }

    private static List<SolrSearch.Found> found(QueryResponse response) {
        Map<String, Map<String, List<String>>> snippets = response.getHighlighting();
        List<SolrSearch.Found> found = new ArrayList<>(response.getResults().size());
        for (SolrDocument doc : response.getResults()) {
            found.add(SolrSearch.found(doc, SolrSearch.snippet(snippets, String.valueOf(doc.getFirstValue(Fields.ID)))));
        }
        return found;
    }

    private static ExportRow row(SolrSearch.Found hit) {
        return ExportRow.of(hit.id(), hit.date(), hit.title(), SolrSearchBackend.articleUrl(hit.id()), hit.officials(),
                hit.countryCodes(), hit.snippet());
    }
}
