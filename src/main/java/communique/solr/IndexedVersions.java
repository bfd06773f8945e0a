package communique.solr;

import communique.index.Fields;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which version (hash) of each article the collection holds, asked in batches through real-time get: SolrCloud
 * routes each id to its shard, and ids are sent as separate parameters, so no id is ever parsed as query syntax.
 */
final class IndexedVersions {

    private final SolrNodes nodes;

    IndexedVersions(SolrNodes nodes) {
        this.nodes = nodes;
    }

    /** The stored hash of each of {@code ids} that the collection holds; absent ids are not in the map. */
    Map<String, String> hashes(Collection<String> ids) throws IOException, SolrServerException {
        Map<String, String> hashes = new HashMap<>();
        if (ids.isEmpty()) {
            return hashes;
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", Fields.ID + "," + Fields.HASH);
        for (String id : ids) {
            params.add("id", id);
        }
        // POST: a batch of long ids (file names) would not fit in a URL.
        QueryRequest get = new QueryRequest(params, SolrRequest.METHOD.POST);
        get.setPath("/get");
        NamedList<Object> response = nodes.request(get, nodes.collection());
        // One id answers with "doc", several with a "response" list.
        Object one = response.get("doc");
        if (one instanceof SolrDocument doc) {
            put(hashes, doc);
        }
        Object many = response.get("response");
        if (many instanceof SolrDocumentList docs) {
            docs.forEach(doc -> put(hashes, doc));
        }
        return hashes;
    }

    private static void put(Map<String, String> hashes, SolrDocument doc) {
        Object hash = doc.getFirstValue(Fields.HASH);
        hashes.put(String.valueOf(doc.getFirstValue(Fields.ID)), hash == null ? "" : hash.toString());
    }
}
