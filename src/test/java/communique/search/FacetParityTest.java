package communique.search;

import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.index.Fields;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend's facet counting (one filtered pass per selected facet, segment ordinals on the heap) against Lucene's
 * own DrillSideways on the same multi-segment index with deletions: for random requests, the same totals, the
 * same counts for every value of every facet, and the same newest-first hits; and the same search split into
 * slices run side by side gives exactly the unsliced answer (hits in the same order, every facet, the total).
 */
class FacetParityTest {

    private static final String[] WORDS = {"talks", "trade", "border", "visit", "energy", "security", "visa",
            "envoy", "summit", "loan"};
    private static final String[] ROLES = {"Foreign Minister", "Interior Minister", "Ambassador", "Spokesperson",
            "High Commissioner", "Prime Minister"};
    private static final String[] COUNTRIES = {"PK", "GB", "US", "CN", "AF", "IN", "IR", "SA"};

    @TempDir
    static Path dir;
    static LuceneSearchBackend backend;
    static LuceneSearchBackend sliced;
    static Directory directory;
    static DirectoryReader reader;
    static List<Official> officials = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 30; i++) {
            officials.add(new Official("official-" + i, "Official Number" + i, ROLES[i % ROLES.length],
                    COUNTRIES[i % COUNTRIES.length]));
        }
        Path index = dir.resolve("index");
        for (int batch = 0; batch < 6; batch++) { // one commit per batch: several segments
            List<ExtractedArticle> articles = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                articles.add(article(batch * 120 + i, random));
            }
            TestIndexes.write(index, articles);
        }
        try (Directory dirToEdit = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dirToEdit, communique.index.Indexer.writerConfig(
                     org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            for (int i = 0; i < 720; i += 7) { // deletions: counts must skip deleted documents
                writer.deleteDocuments(new Term(Fields.ID, "a" + i));
            }
            writer.commit();
        }
        directory = FSDirectory.open(index);
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        assertThat(reader.hasDeletions()).isTrue();
        backend = new LuceneSearchBackend(index);
        // the same index searched in three slices side by side, as a large index is on a multi-core machine
        sliced = new LuceneSearchBackend(index, 0, Limits.TIMEOUT_MILLIS, new SearchSlicing(3, 0));
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
        sliced.close();
        reader.close();
        directory.close();
    }

    private static ExtractedArticle article(int n, SplittableRandom random) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            body.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian() * 3))]).append(' ');
        }
        List<Official> named = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            Official o = officials.get(random.nextInt(officials.size()));
            if (!named.contains(o)) {
                named.add(o);
            }
        }
        List<Country> countries = new ArrayList<>();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            Country c = new Country(COUNTRIES[random.nextInt(COUNTRIES.length)], "x");
            if (!countries.contains(c)) {
                countries.add(c);
            }
        }
        LocalDate date = random.nextInt(20) == 0 ? null : LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return TestIndexes.extracted("a" + n, "Article " + n, body.toString(), date, null, named, countries);
    }

    @Test
    void countsAndHitsMatchLuceneDrillSidewaysForRandomRequests() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        IndexSearcher searcher = new IndexSearcher(reader);
        DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        for (int i = 0; i < 300; i++) {
            SearchRequest request = randomRequest(random);
            SearchResult ours = backend.search(request);
            Reference theirs = reference(searcher, state, request);
            String context = "request " + request;
            assertThat(ours.total()).as(context).isEqualTo(theirs.total);
            assertThat(counts(ours.facets().official())).as(context + " officials").isEqualTo(theirs.counts.get(Fields.OFFICIAL));
            assertThat(counts(ours.facets().country())).as(context + " countries").isEqualTo(theirs.counts.get(Fields.COUNTRY));
            assertThat(counts(ours.facets().role())).as(context + " roles").isEqualTo(theirs.counts.get(Fields.ROLE));
            assertThat(counts(ours.facets().year())).as(context + " years").isEqualTo(theirs.counts.get(Fields.YEAR));
            assertThat(counts(ours.facets().month())).as(context + " months").isEqualTo(theirs.counts.get(Fields.MONTH));
            if (request.effectiveSort() == SortOrder.DATE) {
                assertThat(ours.hits()).extracting(Hit::id).as(context + " hits").isEqualTo(theirs.ids);
            }
            SearchResult slicedResult = sliced.search(request);
            assertThat(slicedResult.total()).as(context + " sliced").isEqualTo(ours.total());
            assertThat(slicedResult.facets()).as(context + " sliced facets").isEqualTo(ours.facets());
            assertThat(slicedResult.hits()).as(context + " sliced hits").isEqualTo(ours.hits());
        }
    }

    private static SearchRequest randomRequest(SplittableRandom random) {
        String query = random.nextInt(3) == 0 ? "" : WORDS[random.nextInt(WORDS.length)]
                + (random.nextBoolean() ? "" : (random.nextBoolean() ? " OR " : " ") + WORDS[random.nextInt(WORDS.length)]);
        List<String> officialKeys = pick(random, 3, () -> officials.get(random.nextInt(officials.size())).key());
        List<String> countries = pick(random, 3, () -> COUNTRIES[random.nextInt(COUNTRIES.length)]);
        List<String> roles = pick(random, 2, () -> ROLES[random.nextInt(ROLES.length)]);
        String from = null;
        String to = null;
        if (random.nextInt(3) == 0) {
            int year = 2015 + random.nextInt(10);
            from = Integer.toString(year);
            to = Integer.toString(year + random.nextInt(3));
        }
        SortOrder sort = random.nextBoolean() ? SortOrder.DATE : SortOrder.RELEVANCE;
        return new SearchRequest(query, officialKeys, countries, roles, from, to, sort, 1);
    }

    private static List<String> pick(SplittableRandom random, int max, java.util.function.Supplier<String> value) {
        List<String> values = new ArrayList<>();
        for (int n = random.nextInt(max); n > 0; n--) {
            String v = value.get();
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }

    private record Reference(long total, Map<String, Map<String, Long>> counts, List<String> ids) {
    }

    /** The request as Lucene's facet module answers it: DrillDownQuery + DrillSideways, the period on "year". */
    private static Reference reference(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state,
                                       SearchRequest request) throws IOException {
        DrillDownQuery query = new DrillDownQuery(Fields.facetsConfig(), UserQueryParser.parseUserQuery(request.query()));
        request.officials().forEach(v -> query.add(Fields.OFFICIAL, v));
        request.countries().forEach(v -> query.add(Fields.COUNTRY, v));
        request.roles().forEach(v -> query.add(Fields.ROLE, v));
        if (request.fromDate() != null || request.toDate() != null) {
            query.add(Fields.YEAR, LongPoint.newRangeQuery(Fields.DATE, request.fromDate().toEpochDay(),
                    request.toDate().toEpochDay()));
        }
        DrillSideways sideways = new DrillSideways(searcher, Fields.facetsConfig(), state);
        DrillSideways.DrillSidewaysResult result = request.effectiveSort() == SortOrder.DATE
                ? sideways.search(query, null, null, 10, new Sort(Fields.dateSortField(true)), false)
                : sideways.search(query, 10);
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : result.drillDownFacetsCollector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (String dim : List.of(Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE, Fields.YEAR, Fields.MONTH)) {
            counts.put(dim, children(result.facets, dim, dimOf(dim) == null ? List.of() : request.selected(dim)));
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : result.hits.scoreDocs) {
            ids.add(searcher.storedFields().document(doc.doc).get(Fields.ID));
        }
        return new Reference(total, counts, ids);
    }

    private static String dimOf(String dim) {
        return switch (dim) {
            case Fields.OFFICIAL, Fields.COUNTRY, Fields.ROLE -> dim;
            default -> null;
        };
    }

    private static Map<String, Long> children(Facets facets, String dim, List<String> selected) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        FacetResult result = facets.getAllChildren(dim);
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.longValue());
            }
        }
        for (String value : selected) { // a selected value is listed even when nothing matches it
            counts.putIfAbsent(value, Math.max(0, facets.getSpecificValue(dim, value).longValue()));
        }
        return counts;
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }
}
