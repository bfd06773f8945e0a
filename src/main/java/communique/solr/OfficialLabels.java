package communique.solr;

import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Officials' display data (name, role, country) by key, as the newest article naming them stores it, like the
 * embedded backend's snapshot does. Looked up once per key (one small request each) and kept, bounded: a name
 * seldom changes, and a stale role in a facet label is harmless. Thread-safe.
 */
final class OfficialLabels {

    private static final int MAX_CACHED = 100_000;

    private final SolrNodes nodes;
    private final Map<String, Official> known = new ConcurrentHashMap<>();

    OfficialLabels(SolrNodes nodes) {
        this.nodes = nodes;
    }

    Official official(String key) {
        Official official = known.get(key);
        if (official == null) {
            load(List.of(key));
            official = known.getOrDefault(key, new Official(key, key, null, null));
        }
        return official;
    }

    /** Loads the keys not yet known from the newest article naming each. */
    void load(List<String> keys) {
        List<String> missing = keys.stream().filter(k -> !known.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (known.size() > MAX_CACHED) {
            known.clear();
        }
        try {
            for (String key : missing) {
                ModifiableSolrParams params = new ModifiableSolrParams();
                params.set("q", "{!term f=" + Fields.OFFICIAL + " v=$key}");
                params.set("key", key);
                params.set("fl", Fields.OFFICIAL_DATA);
                params.set("sort", Fields.DATE + " desc");
                params.set("rows", 1);
                for (SolrDocument doc : new QueryRequest(params).process(nodes, nodes.collection()).getResults()) {
                    for (Object data : doc.getFieldValues(Fields.OFFICIAL_DATA)) {
                        Official official = OfficialData.decode(String.valueOf(data));
                        if (official.key().equals(key)) {
                            known.put(key, official);
                        }
                    }
                }
                known.putIfAbsent(key, new Official(key, key, null, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SolrServerException e) {
            throw new IllegalStateException("the SolrCloud cluster did not answer: " + e.getMessage(), e);
        }
    }
}
