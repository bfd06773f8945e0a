package communique.solr;

import communique.article.ArticleListing;
import communique.index.Fields;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deletes the articles gone from the paths a run read, with the embedded indexer's rules: only files under the
 * run's roots count, and nothing is deleted from a file that failed to read. Walks the collection's committed
 * (id, file) pairs under the roots with a cursor, so memory stays flat whatever the collection's size.
 */
final class VanishedInCollection {

    private static final int PAGE = 1000;

    private final SolrNodes nodes;
    private final List<Path> roots;
    private final ArticleListing listing;

    /** {@code listing}: nothing is deleted under a folder it did not walk, as in the embedded index. */
    VanishedInCollection(SolrNodes nodes, List<Path> roots, ArticleListing listing) {
        this.nodes = nodes;
        this.listing = listing;
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    }

    /** Sends the deletes (uncommitted) and returns how many articles they remove. */
    long delete(Set<String> seenIds, Set<String> failedFiles) throws IOException, SolrServerException {
        List<String> doomed = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            QueryResponse page = new QueryRequest(pageParams(cursor)).process(nodes, nodes.collection());
            for (SolrDocument doc : page.getResults()) {
                String id = String.valueOf(doc.getFirstValue(Fields.ID));
                String file = String.valueOf(doc.getFirstValue(Fields.FILE));
                if (!seenIds.contains(id) && !failedFiles.contains(file) && underRoots(file)
                        && !listing.inUnwalkedFolder(file)) {
                    doomed.add(id);
                }
            }
            String next = page.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        for (int from = 0; from < doomed.size(); from += PAGE) {
            new UpdateRequest().deleteById(doomed.subList(from, Math.min(doomed.size(), from + PAGE)))
                    .process(nodes, nodes.collection());
        }
        return doomed.size();
    }

    /** Articles whose file starts with one of the roots (the prefix is passed as a parameter, never parsed). */
    private ModifiableSolrParams pageParams(String cursor) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        StringBuilder any = new StringBuilder("{!bool");
        for (int i = 0; i < roots.size(); i++) {
            any.append(" should=$under").append(i);
            params.set("under" + i, "{!prefix f=" + Fields.FILE + " v=$root" + i + "}");
            params.set("root" + i, roots.get(i).toString());
        }
        params.set("fq", any.append('}').toString());
        params.set("fl", Fields.ID + "," + Fields.FILE);
        params.set("sort", Fields.ID + " asc");
        params.set("rows", PAGE);
        params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        return params;
    }

    private boolean underRoots(String file) {
        Path path = Path.of(file);
        return roots.stream().anyMatch(path::startsWith);
    }
}
