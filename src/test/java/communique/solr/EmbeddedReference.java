package communique.solr;

import communique.extract.ExtractedArticle;
import communique.index.ArticleDocuments;
import communique.index.Fields;
import communique.index.Indexer;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded side of the parity suite: the same documents written with {@link ArticleDocuments} into a Lucene
 * index, searched the way the embedded backend does (classic parser over title^2 and body with AND, drill-sideways
 * facets, the period as a drill-down on year, newest first by the date doc values, postings-offset snippets).
 * Stands in for LuceneSearchBackend until the search boundary is merged.
 */
final class EmbeddedReference implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;

    EmbeddedReference(Path dir, List<ExtractedArticle> corpus) throws IOException {
        directory = FSDirectory.open(dir);
        ArticleDocuments documents = new ArticleDocuments();
        var config = Indexer.writerConfig(OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (ExtractedArticle article : corpus) {
                writer.addDocument(documents.build(article, fileOf(article), "hash"));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
    }

    static String fileOf(ExtractedArticle article) {
        return "/synthetic/" + article.article().id() + ".txt";
    }

    /** The user's query language as the embedded backend parses it: words over title^2 and body, all required. */
    static Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.BODY},
                Fields.analyzer(), Map.of(Fields.TITLE, 2f, Fields.BODY, 1f));
        parser.setDefaultOperator(QueryParser.AND_OPERATOR);
        parser.setAllowLeadingWildcard(false);
        parser.setFuzzyPrefixLength(1);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The answer in comparable form. */
    record Answer(long total, List<String> ids, List<String> dates, Map<String, Map<String, Long>> facets) {
    }

    Answer search(ParityRequest request, int topN, boolean snippets) throws IOException {
        DrillDownQuery query = new DrillDownQuery(Fields.facetsConfig(), parse(request.query()));
        request.selected().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
        if (request.from() != null || request.to() != null) {
            query.add(Fields.YEAR, LongPoint.newRangeQuery(Fields.DATE,
                    request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
                    request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()));
        }
        DrillSideways sideways = new DrillSideways(searcher, Fields.facetsConfig(), state);
        DrillSideways.DrillSidewaysResult result = request.effectiveByDate()
                ? sideways.search(query, null, null, topN, new Sort(Fields.dateSortField(true)), false)
                : sideways.search(query, topN);
        ScoreDoc[] hits = result.hits.scoreDocs;
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            var doc = searcher.storedFields().document(hit.doc, Set.of(Fields.ID, Fields.DATE));
            ids.add(doc.get(Fields.ID));
            dates.add(String.valueOf(doc.getField(Fields.DATE) == null ? null : doc.getField(Fields.DATE).numericValue()));
        }
        if (snippets && hits.length > 0) {
            UnifiedHighlighter.builder(searcher, Fields.analyzer())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true)).build()
                    .highlight(Fields.BODY, query, result.hits, SolrSearch.SNIPPET_PASSAGES);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : List.of(Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE)) {
            facets.put(dim, counts(result.facets, dim, true));
        }
        facets.put(Fields.YEAR, counts(result.facets, Fields.YEAR, false));
        facets.put(Fields.MONTH, counts(result.facets, Fields.MONTH, false));
        return new Answer(searcher.count(query), ids, dates, facets);
    }

    private static Map<String, Long> counts(Facets facets, String dim, boolean top) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = top ? facets.getTopChildren(SolrFacets.TOP_VALUES, dim) : facets.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            return counts;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
