package communique.bench;

import communique.index.Fields;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Communiqué's results page done in raw Lucene on the {@link Fields} schema, the way DESIGN.md prescribes it:
 * facet state built once per reader, DESIGN's escaping passage formatter, stored fields only for the hits shown.
 * TODO(web branch): when communique.search lands on main, replace this with an adapter over
 * {@code SearchBackend.search(SearchRequest)} ({@code LuceneSearchBackend}) so the figures are the real page's.
 */
final class RawCommuniquePages implements PageSearcher {

    private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.URL,
            Fields.OFFICIAL_DATA, Fields.COUNTRY);
    private static final int FACET_VALUES = 10;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;

    RawCommuniquePages(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        this.highlighter = UnifiedHighlighter.builder(searcher, Fields.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .build();
    }

    @Override
    public String name() {
        return "communique (raw Lucene on the Communiqué schema)";
    }

    @Override
    public boolean canAnswer(SearchTask task) {
        return true;
    }

    @Override
    public long run(SearchTask task) throws IOException {
        Query text = QueryBuilding.text(task.text(), Fields.TITLE, Fields.BODY, Fields.analyzer());
        Query query = withFilters(text, task);
        Sort sort = task.newest() ? new Sort(Fields.dateSortField(true)) : null;
        long shown;
        TopDocs top;
        if (task.fullPage()) {
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, query, task.depth(), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, task.depth(), sort, new FacetsCollectorManager());
            top = result.topDocs();
            shown = countFacets(result.facetsCollector());
        } else {
            top = sort == null ? searcher.search(query, task.depth()) : searcher.search(query, task.depth(), sort);
            shown = 0;
        }
        ScoreDoc[] pageHits = pageOf(top.scoreDocs, task.page());
        shown += top.totalHits.value + loadShown(pageHits);
        if (task.fullPage() && !task.text().isEmpty() && pageHits.length > 0) {
            shown += snippets(text, top, pageHits);
        }
        return shown;
    }

    private static Query withFilters(Query text, SearchTask task) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (task.official() != null) {
            query.add(new TermQuery(new Term(Fields.OFFICIAL, task.official())), Occur.FILTER);
        }
        if (task.country() != null) {
            query.add(new TermQuery(new Term(Fields.COUNTRY, task.country())), Occur.FILTER);
        }
        if (task.from() != null || task.to() != null) {
            long from = task.from() == null ? Long.MIN_VALUE : task.from().toEpochDay();
            long to = task.to() == null ? Long.MAX_VALUE : task.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
        }
        return query.build();
    }

    private long countFacets(FacetsCollector collector) throws IOException {
        long values = 0;
        for (FacetResult dim : new SortedSetDocValuesFacetCounts(facetState, collector).getAllDims(FACET_VALUES)) {
            values += dim.labelValues.length;
        }
        return values;
    }

    private long loadShown(ScoreDoc[] pageHits) throws IOException {
        StoredFields stored = searcher.storedFields();
        long chars = 0;
        for (ScoreDoc hit : pageHits) {
            Document doc = stored.document(hit.doc, SHOWN);
            chars += doc.get(Fields.TITLE).length();
        }
        return chars;
    }

    /** One snippet for each hit shown, from offsets in postings: nothing is re-analysed. */
    private long snippets(Query text, TopDocs top, ScoreDoc[] pageHits) throws IOException {
        TopDocs page = new TopDocs(top.totalHits, pageHits);
        long chars = 0;
        for (String snippet : highlighter.highlight(Fields.BODY, text, page, 1)) {
            chars += snippet == null ? 0 : snippet.length();
        }
        return chars;
    }

    static ScoreDoc[] pageOf(ScoreDoc[] hits, int page) {
        int from = Math.min(hits.length, (page - 1) * SearchTask.PAGE_SIZE);
        return Arrays.copyOfRange(hits, from, Math.min(hits.length, from + SearchTask.PAGE_SIZE));
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }

}
