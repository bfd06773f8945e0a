package communique.solr;

import communique.extract.ExtractedArticle;
import communique.search.ArticleView;
import communique.search.EntityPage;
import communique.search.Hit;
import communique.search.LuceneSearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SolrClusterExtension.class)
class BackendParityTest {

    @TempDir
    Path dir;

    @Test
    void sameAnswersFromBothBackends(SolrTestCluster cluster) throws Exception {
        List<ExtractedArticle> corpus = SyntheticCorpus.articles(1000, 11);
        new EmbeddedReference(dir.resolve("index"), corpus).close();
        try (SolrNodes nodes = new SolrNodes(cluster.nodeUrls(), "backend")) {
            SearchParityTest.indexIntoSolr(nodes, corpus);
        }
        List<SearchRequest> requests = List.of(
                SearchRequest.of(""),
                SearchRequest.of("minister"),
                SearchRequest.of("trade talks"),
                SearchRequest.of("\"foreign minister\""),
                SearchRequest.of("official:naqvi"),
                SearchRequest.of("country:Pakistan"),
                SearchRequest.of("role:\"foreign minister\""),
                SearchRequest.of("sanct* -border"),
                new SearchRequest("security", List.of(), List.of("PK", "GB"), List.of(), null, null, SortOrder.DATE, 1),
                new SearchRequest("", List.of("ishaq-dar"), List.of(), List.of("Foreign Minister"), "2024", "2025-06", SortOrder.RELEVANCE, 2),
                SearchRequest.of("zzyzx"),
                SearchRequest.of("pipelne"));
        try (LuceneSearchBackend lucene = new LuceneSearchBackend(dir.resolve("index"));
             SolrSearchBackend solr = new SolrSearchBackend(SolrCloudTarget.of(String.join(",", cluster.nodeUrls()), "backend", 2, 2))) {
            for (SearchRequest request : requests) {
                SearchResult l = lucene.search(request);
                SearchResult s = solr.search(request);
                String name = "q=" + request.query() + " " + request;
                assertThat(s.total()).as(name + " total").isEqualTo(l.total());
                assertThat(s.facets()).as(name + " facets").isEqualTo(l.facets());
                assertThat(s.suggestion()).as(name + " suggestion").isEqualTo(l.suggestion());
                assertThat(s.sort()).isEqualTo(l.sort());
                if (request.effectiveSort() == SortOrder.DATE) {
                    assertThat(s.hits().stream().map(Hit::date).toList()).as(name + " dates").isEqualTo(l.hits().stream().map(Hit::date).toList());
                }
                if (l.total() <= 10) {
                    assertThat(s.hits()).as(name + " hits").containsExactlyInAnyOrderElementsOf(l.hits());
                }
                System.out.println(name + ": total " + l.total() + ", lucene " + l.tookMs() + " ms, solr " + s.tookMs() + " ms");
            }
            for (String key : List.of("ishaq-dar", "mohsin-naqvi")) {
                EntityPage l = lucene.official(key).orElseThrow();
                EntityPage s = solr.official(key).orElseThrow();
                assertThat(s).as(key).usingRecursiveComparison().ignoringFields("articles", "roles").isEqualTo(l);
                assertThat(s.articles().stream().map(Hit::date).toList()).isEqualTo(l.articles().stream().map(Hit::date).toList());
            }
            EntityPage lc = lucene.country("pk").orElseThrow();
            EntityPage sc = solr.country("pk").orElseThrow();
            assertThat(sc).usingRecursiveComparison().ignoringFields("articles").isEqualTo(lc);
            ArticleView la = lucene.article("syn-0007", "minister").orElseThrow();
            ArticleView sa = solr.article("syn-0007", "minister").orElseThrow();
            assertThat(sa).usingRecursiveComparison().ignoringFields("related").isEqualTo(la);
            assertThat(solr.article("nope", "")).isEmpty();
            assertThat(solr.official("nobody")).isEmpty();
            assertThat(solr.health().articles()).isEqualTo(lucene.health().articles());
        }
    }
}
