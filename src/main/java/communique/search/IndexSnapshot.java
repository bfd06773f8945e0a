package communique.search;

import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One point-in-time view of the index, made by the {@code SearcherManager} on every refresh: the searcher plus
 * what is built once per reader and never per query: the facet values and their counts over the whole index
 * ({@link FacetIndex}), official labels (carried over from the previous snapshot, resolved lazily for new keys),
 * and the unfiltered facets of the browse page.
 */
final class IndexSnapshot extends IndexSearcher {

    private final FacetIndex facets;
    private final ResultCache results;
    private final Map<String, Official> officials;
    private volatile FacetCounts browseFacets;
    private volatile Set<String> nameWords;

    private IndexSnapshot(IndexReader reader, FacetIndex facets, Map<String, Official> knownOfficials,
                          int cachedResults) {
        super(reader);
        this.facets = facets;
        this.results = new ResultCache(cachedResults);
        this.officials = new ConcurrentHashMap<>(knownOfficials);
    }

    /**
     * Makes the snapshots of one backend, each caching up to {@code cachedResults} results. Segment ordinals and
     * official labels carry over from one snapshot to the next, so a refresh costs only what the new commit added.
     */
    static SearcherFactory factory(int cachedResults) {
        SegmentOrdinalsCache ordinals = new SegmentOrdinalsCache();
        return new SearcherFactory() {
            private volatile Map<String, Official> lastOfficials = Map.of();

            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                IndexSnapshot snapshot = new IndexSnapshot(reader, FacetIndex.open(reader, ordinals), lastOfficials,
                        cachedResults);
                lastOfficials = snapshot.officials;
                return snapshot;
            }
        };
    }

    FacetIndex facets() {
        return facets;
    }

    /** Results already computed on this snapshot. */
    ResultCache results() {
        return results;
    }

    /** The official with this key as stored in one of their articles, or a bare one when none names them. */
    Official official(String key) {
        return officials.computeIfAbsent(key, this::loadOfficial);
    }

    private Official loadOfficial(String key) {
        try {
            TopDocs top = search(new TermQuery(new Term(Fields.OFFICIAL, key)), 1);
            if (top.scoreDocs.length > 0) {
                for (String data : storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.OFFICIAL_DATA))
                        .getValues(Fields.OFFICIAL_DATA)) {
                    Official official = OfficialData.decode(data);
                    if (official.key().equals(key)) {
                        return official;
                    }
                }
            }
            return new Official(key, key, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FacetCounts browseFacets() {
        return browseFacets;
    }

    void browseFacets(FacetCounts counts) {
        browseFacets = counts;
    }

    Set<String> nameWords() {
        return nameWords;
    }

    void nameWords(Set<String> words) {
        nameWords = words;
    }
}
