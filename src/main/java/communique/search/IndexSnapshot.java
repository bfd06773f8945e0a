package communique.search;

import communique.extract.Official;
import communique.index.Fields;
import communique.index.OfficialData;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
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
 * what is built once per reader and never per query: the facet ordinal state (the costly part of sorted-set
 * facets), official labels resolved lazily, and the unfiltered facet counts of the browse page.
 */
final class IndexSnapshot extends IndexSearcher {

    /** Null when the index holds no facet field yet (e.g. an empty index). */
    final SortedSetDocValuesReaderState facetState;
    private final Map<String, Official> officials = new ConcurrentHashMap<>();
    private volatile FacetCounts browseFacets;
    private volatile Set<String> nameWords;

    private IndexSnapshot(IndexReader reader) throws IOException {
        super(reader);
        this.facetState = facetState(reader);
    }

    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new IndexSnapshot(reader);
            }
        };
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            return null; // Lucene's answer when no document has a facet field yet: there is nothing to count
        }
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
