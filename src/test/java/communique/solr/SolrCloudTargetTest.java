package communique.solr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolrCloudTargetTest {

    @Test
    void readsTheCommandLinesNodeListAndLayout() {
        SolrCloudTarget target = SolrCloudTarget.of(" http://solr1:8983/solr, http://solr2:8983/solr/ ,", "news", 2, 2);

        assertThat(target.nodeUrls()).containsExactly("http://solr1:8983/solr", "http://solr2:8983/solr/");
        assertThat(target.layout()).isEqualTo(new SolrCollections.Layout(2, 2));
        try (SolrNodes nodes = target.connect()) {
            assertThat(nodes.nodeUrls()).containsExactly("http://solr1:8983/solr", "http://solr2:8983/solr");
            assertThat(nodes.collection()).isEqualTo("news");
        }
    }

    @Test
    void namesTheBadValue() {
        assertThatThrownBy(() -> SolrCloudTarget.of("solr1:8983", "news", 1, 1))
                .hasMessageContaining("not an http(s) Solr node URL: \"solr1:8983\"");
        assertThatThrownBy(() -> SolrCloudTarget.of("127.0.0.1:8983", "news", 1, 1))
                .hasMessageContaining("not an http(s) Solr node URL: \"127.0.0.1:8983\"");
        assertThatThrownBy(() -> SolrCloudTarget.of(" , ", "news", 1, 1)).hasMessageContaining("no Solr node URL");
        assertThatThrownBy(() -> SolrCloudTarget.of("http://solr1:8983/solr", "../x", 1, 1))
                .hasMessageContaining("not a valid collection name: \"../x\"");
        assertThatThrownBy(() -> SolrCloudTarget.of("http://solr1:8983/solr", "news", 0, 1))
                .hasMessageContaining("shards and replicas must be at least 1, were 0 and 1");
    }

    @Test
    void aClientServesOnlyItsCollection() {
        try (SolrNodes nodes = new SolrNodes(List.of("http://127.0.0.1:9/solr"), "news")) {
            assertThatThrownBy(() -> nodes.request(new org.apache.solr.client.solrj.request.QueryRequest(), "other"))
                    .hasMessageContaining("serves collection news, not other");
        }
    }
}
