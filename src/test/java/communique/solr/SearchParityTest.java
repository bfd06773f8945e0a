package communique.solr;

import communique.extract.ExtractedArticle;
import communique.index.Fields;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same requests against both backends over the same corpus (SolrCloud: 2 shards x 2 replicas on 2 nodes):
 * equal totals, equal facet counts, the same hit sets (and the same date order when sorted by date). Reports the
 * per-request latency of each backend, measured in the same run, to target/solr-parity.md.
 */
@ExtendWith(SolrClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchParityTest {

    static final int ARTICLES = 2_000;
    private static final int ALL = ARTICLES;
    private static final int ROUNDS = 10;

    static final List<ParityRequest> REQUESTS = List.of(
            ParityRequest.of("browse (newest first, all facets)", ""),
            ParityRequest.of("one word", "minister"),
            ParityRequest.of("two words (AND)", "trade talks"),
            ParityRequest.of("OR and NOT", "(pipeline OR corridor) -sanctions"),
            ParityRequest.of("phrase", "\"foreign minister\""),
            ParityRequest.of("prefix", "sanct*"),
            ParityRequest.of("title field", "title:summit"),
            ParityRequest.of("official name field", "official_name:naqvi"),
            ParityRequest.of("country field", "country:GB"),
            ParityRequest.of("one country selected", "").select(Fields.COUNTRY, "PK"),
            ParityRequest.of("two countries (OR) + query", "security").select(Fields.COUNTRY, "PK", "GB"),
            ParityRequest.of("official AND role", "").select(Fields.OFFICIAL, "ishaq-dar").select(Fields.ROLE, "Foreign Minister"),
            ParityRequest.of("period 2024", "energy").period("2024-01-01", "2024-12-31"),
            ParityRequest.of("open-ended period + country", "").period("2025-03-01", null).select(Fields.COUNTRY, "CN", "IN"),
            ParityRequest.of("newest first + query", "border").newestFirst(),
            ParityRequest.of("no match", "zzyzx"));

    @TempDir
    static Path dir;

    private SolrNodes nodes;
    private EmbeddedReference embedded;
    private SolrSearch solr;

    @BeforeAll
    void indexBoth(SolrTestCluster cluster) throws Exception {
        List<ExtractedArticle> corpus = SyntheticCorpus.articles(ARTICLES, 42);
        embedded = new EmbeddedReference(dir.resolve("index"), corpus);
        nodes = new SolrNodes(cluster.nodeUrls(), "parity");
        indexIntoSolr(nodes, corpus);
        solr = new SolrSearch(nodes);
    }

    static void indexIntoSolr(SolrNodes nodes, List<ExtractedArticle> corpus) throws Exception {
        new SolrCollections(nodes).ensure(new SolrCollections.Layout(2, 2));
        SolrArticleDocuments documents = new SolrArticleDocuments();
        List<SolrInputDocument> batch = new ArrayList<>();
        for (ExtractedArticle article : corpus) {
            batch.add(documents.build(article, EmbeddedReference.fileOf(article), "hash"));
            if (batch.size() == 500) {
                new UpdateRequest().add(batch).process(nodes, nodes.collection());
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            new UpdateRequest().add(batch).process(nodes, nodes.collection());
        }
        nodes.commit(nodes.collection(), true, true);
    }

    @AfterAll
    void close() throws Exception {
        embedded.close();
        nodes.close();
    }

    @Test
    void sameTotalsFacetCountsAndHitSetsOnEveryRequest() throws Exception {
        for (ParityRequest request : REQUESTS) {
            EmbeddedReference.Answer lucene = embedded.search(request, ALL, false);
            SolrSearch.Page page = solr.search(request.criteria(1, ALL, ALL, false));

            assertThat(page.total()).as(request.name() + ": total").isEqualTo(lucene.total());
            assertThat(page.hits().stream().map(SolrSearch.Found::id))
                    .as(request.name() + ": hit set").containsExactlyInAnyOrderElementsOf(lucene.ids());
            assertThat(facets(page)).as(request.name() + ": facet counts").isEqualTo(lucene.facets());
            if (request.effectiveByDate()) {
                assertThat(page.hits().stream().map(h -> h.date() == null ? "null" : Long.toString(h.date().toEpochDay())))
                        .as(request.name() + ": date order").containsExactlyElementsOf(lucene.dates());
            }
        }
    }

    @Test
    void everyRequestFindsSomethingExceptTheOneMeantToFindNothing() throws Exception {
        for (ParityRequest request : REQUESTS) {
            long total = embedded.search(request, 1, false).total();
            if (request.query().equals("zzyzx")) {
                assertThat(total).as(request.name()).isZero();
            } else {
                assertThat(total).as(request.name() + " should exercise the comparison").isPositive();
            }
        }
    }

    @Test
    void reportsLatencyOfBothBackendsMeasuredInTheSameRun() throws Exception {
        Map<String, double[][]> millis = new LinkedHashMap<>();
        for (ParityRequest request : REQUESTS) {
            embedded.search(request, 10, true);
            solr.search(request.criteria(1, 10, ALL, true));
            double[][] samples = new double[2][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                embedded.search(request, 10, true);
                long middle = System.nanoTime();
                solr.search(request.criteria(1, 10, ALL, true));
                long end = System.nanoTime();
                samples[0][round] = (middle - start) / 1e6;
                samples[1][round] = (end - middle) / 1e6;
            }
            millis.put(request.name(), samples);
        }
        String report = report(millis);
        System.out.println(report);
        Files.writeString(Path.of("target", "solr-parity.md"), report, StandardCharsets.UTF_8);
        assertThat(millis).hasSize(REQUESTS.size());
    }

    private static Map<String, Map<String, Long>> facets(SolrSearch.Page page) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        page.facets().forEach((dim, counts) -> {
            Map<String, Long> values = new LinkedHashMap<>();
            counts.forEach(c -> values.put(c.value(), c.count()));
            facets.put(dim, values);
        });
        return facets;
    }

    private static String report(Map<String, double[][]> millis) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Per-request latency, page 1 of 10 hits with snippets and all facets, %d articles, %d rounds, ms%n%n"
                        + "| request | embedded p50 | embedded p95 | SolrCloud p50 | SolrCloud p95 |%n|---|---:|---:|---:|---:|%n",
                ARTICLES, ROUNDS));
        double[] all0 = new double[0];
        double[] all1 = new double[0];
        for (var entry : millis.entrySet()) {
            double[] e = entry.getValue()[0];
            double[] s = entry.getValue()[1];
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", entry.getKey(),
                    percentile(e, 50), percentile(e, 95), percentile(s, 50), percentile(s, 95)));
            all0 = concat(all0, e);
            all1 = concat(all1, s);
        }
        out.append(String.format(Locale.ROOT, "| **all requests** | %.2f | %.2f | %.2f | %.2f |%n",
                percentile(all0, 50), percentile(all0, 95), percentile(all1, 50), percentile(all1, 95)));
        return out.toString();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
