package communique.solr;

import communique.extract.EntityExtractor;
import communique.index.Fields;
import communique.index.IndexProgress;
import communique.index.Indexer;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SolrClusterExtension.class)
class SolrIndexerTest {

    private static final SolrCollections.Layout TWO_BY_TWO = new SolrCollections.Layout(2, 2);

    @TempDir
    Path dir;

    private SolrNodes nodes;

    @BeforeEach
    void connect(SolrTestCluster cluster) {
        nodes = new SolrNodes(cluster.nodeUrls(), "indexer_" + Long.toHexString(System.nanoTime()));
    }

    @AfterEach
    void disconnect() {
        nodes.close();
    }

    @Test
    void createsTheCollectionThenIndexesOnlyWhatChangedAndDeletesWhatVanished() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("alpha.txt"), "Alpha talks in Geneva\n\nThe ministers met in Geneva.");
        Files.writeString(articles.resolve("beta.txt"), "Beta summit opens\n\nLeaders gathered for the summit.");
        Files.writeString(articles.resolve("gamma.txt"), "Gamma accord signed\n\nThe accord was signed on Tuesday.");
        SolrIndexer indexer = new SolrIndexer(nodes, new EntityExtractor(), TWO_BY_TWO);

        SolrIndexReport first = indexer.index(List.of(articles), IndexProgress.NONE);
        assertThat(first.createdCollection()).isTrue();
        assertThat(first.summaryLine()).startsWith("added=3 updated=0 unchanged=0 deleted=0 skipped=0");
        assertThat(ids("*:*")).containsExactlyInAnyOrder("alpha", "beta", "gamma");

        SolrIndexReport again = indexer.index(List.of(articles), IndexProgress.NONE);
        assertThat(again.createdCollection()).isFalse();
        assertThat(again.summaryLine()).startsWith("added=0 updated=0 unchanged=3 deleted=0 skipped=0");

        Files.writeString(articles.resolve("beta.txt"), "Beta summit closes\n\nLeaders left the summit.");
        Files.delete(articles.resolve("gamma.txt"));
        Files.writeString(articles.resolve("delta.txt"), "Delta envoy arrives\n\nThe envoy arrived in Vienna.");
        SolrIndexReport third = indexer.index(List.of(articles), IndexProgress.NONE);
        assertThat(third.summaryLine()).startsWith("added=1 updated=1 unchanged=1 deleted=1 skipped=0");
        assertThat(ids("*:*")).containsExactlyInAnyOrder("alpha", "beta", "delta");
        assertThat(ids("body:opens")).isEmpty();
        assertThat(ids("body:left")).containsExactly("beta");
    }

    @Test
    void deletesNothingOutsideTheRootsItRead() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("first.txt"), "First\n\nFrom folder one.");
        Files.writeString(two.resolve("second.txt"), "Second\n\nFrom folder two.");
        SolrIndexer indexer = new SolrIndexer(nodes, new EntityExtractor(), TWO_BY_TWO);
        indexer.index(List.of(one, two), IndexProgress.NONE);

        SolrIndexReport onlyOne = indexer.index(List.of(one), IndexProgress.NONE);

        assertThat(onlyOne.deletedCount()).isZero();
        assertThat(ids("*:*")).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void storesTheSameVersionHashAsTheEmbeddedIndexer() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path file = Files.writeString(articles.resolve("one.txt"), "One\n\nText of the first article.");
        new SolrIndexer(nodes, new EntityExtractor(), TWO_BY_TWO).index(List.of(articles), IndexProgress.NONE);
        Path index = dir.resolve("index");
        new Indexer(index, new EntityExtractor(), 1).index(List.of(articles), IndexProgress.NONE);

        SolrDocument doc = nodes.query(new SolrQuery("id:one").setFields(Fields.HASH, Fields.FILE)).getResults().get(0);

        assertThat(doc.getFirstValue(Fields.FILE)).isEqualTo(file.toAbsolutePath().normalize().toString());
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int docId = searcher.search(new TermQuery(new Term(Fields.ID, "one")), 1).scoreDocs[0].doc;
            assertThat(doc.getFirstValue(Fields.HASH)).isEqualTo(searcher.storedFields().document(docId).get(Fields.HASH));
        }
    }

    @Test
    void writesTheSameDocumentsAsTheEmbeddedIndexerForTheBundledCorpus() throws Exception {
        Path corpus = Path.of("index-data", "articles");
        SolrIndexReport solr = new SolrIndexer(nodes, new EntityExtractor(), TWO_BY_TWO).index(List.of(corpus), IndexProgress.NONE);
        Path index = dir.resolve("index");
        var embedded = new Indexer(index, new EntityExtractor(), 1).index(List.of(corpus), IndexProgress.NONE);

        assertThat(solr.summaryLine().replaceAll(" docs/s=.*", ""))
                .isEqualTo(embedded.summaryLine().replaceAll(" docs/s=.*", ""));
        List<String> stored = List.of(Fields.ID, Fields.TITLE, Fields.BODY, Fields.DATE, Fields.PLACE, Fields.SOURCE,
                Fields.FILE, Fields.URL, Fields.HASH, Fields.COUNTRY, Fields.OFFICIAL_DATA);
        try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.numDocs()).isPositive();
            for (int docId = 0; docId < reader.maxDoc(); docId++) {
                var lucene = reader.storedFields().document(docId);
                SolrDocument doc = nodes.query(new SolrQuery("{!term f=id v=$id}").setParam("id", lucene.get(Fields.ID))
                        .setFields(String.join(",", stored))).getResults().get(0);
                for (String field : stored) {
                    List<String> luceneValues = java.util.Arrays.stream(lucene.getFields(field))
                            .map(f -> f.numericValue() != null ? f.numericValue().toString() : f.stringValue()).toList();
                    List<String> solrValues = doc.getFieldValues(field) == null ? List.of()
                            : doc.getFieldValues(field).stream().map(String::valueOf).toList();
                    assertThat(solrValues).as(lucene.get(Fields.ID) + " " + field).isEqualTo(luceneValues);
                }
            }
        }
    }

    @Test
    void theCommandLinesTargetCreatesTheCollectionWithItsLayoutAndIndexes(SolrTestCluster cluster) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), "One\n\nText.");
        SolrCloudTarget target = SolrCloudTarget.of(String.join(",", cluster.nodeUrls()), nodes.collection(), 1, 2);

        SolrIndexReport report = target.index(List.of(articles), IndexProgress.NONE);

        assertThat(report.createdCollection()).isTrue();
        assertThat(report.summaryLine()).startsWith("added=1 updated=0 unchanged=0 deleted=0 skipped=0");
        assertThat(ids("*:*")).containsExactly("one");
    }

    private List<String> ids(String query) throws Exception {
        return nodes.query(new SolrQuery(query).setFields(Fields.ID).setRows(100)).getResults().stream()
                .map(d -> (String) d.getFirstValue(Fields.ID)).toList();
    }
}
