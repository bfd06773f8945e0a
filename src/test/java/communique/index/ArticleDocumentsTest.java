package communique.index;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentsTest {

    private static final Official NAQVI = new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK");
    private static final Official MARRIOTT = new Official("jane-marriott", "Jane Marriott", "High Commissioner", "GB");
    private static final Official SHERMAN = new Official("wendy-sherman", "Wendy Sherman", "Deputy Secretary of State", "US");
    private static final Country PK = new Country("PK", "Pakistan");
    private static final Country GB = new Country("GB", "United Kingdom");
    private static final Country US = new Country("US", "United States");

    private Directory dir;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void indexFourArticles() throws IOException {
        dir = new ByteBuffersDirectory();
        var config = Indexer.writerConfig(OpenMode.CREATE);
        ArticleDocuments documents = new ArticleDocuments();
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            writer.addDocument(documents.build(article("a", LocalDate.of(2025, 4, 17), List.of(NAQVI, MARRIOTT), List.of(PK, GB)), "/x/a.txt", "h1"));
            writer.addDocument(documents.build(article("b", LocalDate.of(2025, 5, 2), List.of(NAQVI), List.of(PK, GB)), "/x/b.txt", "h2"));
            writer.addDocument(documents.build(article("c", LocalDate.of(2021, 10, 8), List.of(SHERMAN), List.of(PK, US)), "/x/c.txt", "h3"));
            writer.addDocument(documents.build(article("d", null, List.of(), List.of(GB)), "/x/d.txt", "h4"));
            writer.commit();
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void countsEveryFacetDimensionExactly() throws IOException {
        Facets facets = facetsOver(new MatchAllDocsQuery());

        assertThat(counts(facets, Fields.COUNTRY)).containsExactlyInAnyOrderEntriesOf(Map.of("PK", 3, "GB", 3, "US", 1));
        assertThat(counts(facets, Fields.OFFICIAL)).containsExactlyInAnyOrderEntriesOf(
                Map.of("mohsin-naqvi", 2, "jane-marriott", 1, "wendy-sherman", 1));
        assertThat(counts(facets, Fields.ROLE)).containsExactlyInAnyOrderEntriesOf(
                Map.of("Interior Minister", 2, "High Commissioner", 1, "Deputy Secretary of State", 1));
        assertThat(counts(facets, Fields.YEAR)).containsExactlyInAnyOrderEntriesOf(Map.of("2025", 2, "2021", 1));
        assertThat(counts(facets, Fields.MONTH)).containsExactlyInAnyOrderEntriesOf(
                Map.of("2025-04", 1, "2025-05", 1, "2021-10", 1));
    }

    @Test
    void filtersExactlyByOfficialCountryAndLowerCasedRole() throws IOException {
        assertThat(ids(new TermQuery(new Term(Fields.OFFICIAL, "mohsin-naqvi")))).containsExactly("b", "a");
        assertThat(ids(new TermQuery(new Term(Fields.COUNTRY, "GB")))).containsExactly("b", "a", "d");
        assertThat(ids(new TermQuery(new Term(Fields.ROLE, "interior minister")))).containsExactly("b", "a");
    }

    @Test
    void findsDatesByRangeAndKeepsUndatedArticlesOutOfIt() throws IOException {
        long from = LocalDate.of(2025, 1, 1).toEpochDay();
        long to = LocalDate.of(2025, 12, 31).toEpochDay();
        assertThat(ids(LongPoint.newRangeQuery(Fields.DATE, from, to))).containsExactly("b", "a");
    }

    @Test
    void sortsNewestFirstWithUndatedArticlesLast() throws IOException {
        assertThat(ids(new MatchAllDocsQuery())).containsExactly("b", "a", "c", "d");
    }

    @Test
    void storesOfficialsWithRoleAndCountryForDisplay() throws IOException {
        TopDocs hit = searcher.search(new TermQuery(new Term(Fields.ID, "a")), 1);
        var stored = searcher.storedFields().document(hit.scoreDocs[0].doc).getValues(Fields.OFFICIAL_DATA);
        assertThat(Arrays.stream(stored).map(OfficialData::decode)).containsExactly(NAQVI, MARRIOTT);
    }

    @Test
    void findsOfficialsByAnalysedNamePart() throws IOException {
        var parser = new org.apache.lucene.queryparser.classic.QueryParser(Fields.BODY, Fields.analyzer());
        try {
            assertThat(ids(parser.parse("official_name:naqvi"))).containsExactly("b", "a");
        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static ExtractedArticle article(String id, LocalDate date, List<Official> officials, List<Country> countries) {
        Article article = new Article(id, "Title " + id, "Body of article " + id + ".", date, null, "/x/" + id + ".txt", null);
        return new ExtractedArticle(article, date, officials, countries);
    }

    private Facets facetsOver(org.apache.lucene.search.Query query) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
        return new SortedSetDocValuesFacetCounts(state, collector);
    }

    private static Map<String, Integer> counts(Facets facets, String dim) throws IOException {
        FacetResult result = facets.getTopChildren(100, dim);
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.intValue());
            }
        }
        return counts;
    }

    /** Hits newest first, as the search pages order them. */
    private List<String> ids(org.apache.lucene.search.Query query) throws IOException {
        TopDocs top = searcher.search(query, 100, new Sort(Fields.dateSortField(true)));
        return Arrays.stream(top.scoreDocs).map(hit -> idOf(hit.doc)).toList();
    }

    private String idOf(int doc) {
        try {
            return searcher.storedFields().document(doc).get(Fields.ID);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
