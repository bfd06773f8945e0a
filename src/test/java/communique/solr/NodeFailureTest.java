package communique.solr;

import communique.extract.ExtractedArticle;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops one of the two nodes while searches run and articles are indexed: every search keeps answering with the
 * full count (each shard has a replica on the surviving node, and the client sets the dead node aside), and once
 * the node is back every replica holds every article, including those indexed while it was down.
 */
@ExtendWith(SolrClusterExtension.class)
class NodeFailureTest {

    private static final int BEFORE = 300;
    private static final int WHILE_DOWN = 100;

    @Test
    void searchesKeepAnsweringWhileANodeIsDownAndNothingIsLostWhenItReturns(SolrTestCluster cluster) throws Exception {
        List<ExtractedArticle> corpus = SyntheticCorpus.articles(BEFORE + WHILE_DOWN, 7);
        try (SolrNodes nodes = new SolrNodes(cluster.nodeUrls(), "fault")) {
            SearchParityTest.indexIntoSolr(nodes, corpus.subList(0, BEFORE));
            Searches searches = new Searches(nodes);
            searches.start();
            Thread.sleep(1_000);

            cluster.stopNode(1);
            searches.phase = "node 1 down";
            Thread.sleep(1_000);
            searches.phase = "indexing while node 1 is down (commits reach the shards one after the other)";
            sendWithRetries(nodes, corpus.subList(BEFORE, BEFORE + WHILE_DOWN));
            searches.phase = "committed, node 1 still down";
            Thread.sleep(1_000);
            searches.phase = "node 1 restarting";
            cluster.startNode(1);
            waitForActiveReplicas(nodes, 4);
            searches.phase = "node 1 back";
            Thread.sleep(1_000);
            searches.stop();

            System.out.println("searches per phase: " + searches.answeredIn + ", slowest ms: " + searches.slowestMs
                    + ", totals: " + searches.totals);
            assertThat(searches.failures).as("failed searches").isEmpty();
            assertThat(searches.totals.get("node 1 down")).as("while down").containsOnly((long) BEFORE);
            assertThat(searches.totals.get("committed, node 1 still down")).as("while down, after the commit")
                    .containsOnly((long) BEFORE + WHILE_DOWN);
            assertThat(searches.totals.getOrDefault("node 1 restarting", Set.of())).as("while restarting")
                    .isSubsetOf((long) BEFORE + WHILE_DOWN);
            assertThat(searches.totals.getOrDefault("node 1 back", Set.of())).as("once back")
                    .isSubsetOf((long) BEFORE + WHILE_DOWN);
            assertThat(nodes.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound()).isEqualTo(BEFORE + WHILE_DOWN);
            assertThat(replicaCounts(nodes)).as("documents per replica, by shard").allSatisfy((shard, counts) ->
                    assertThat(Set.copyOf(counts)).as(shard).hasSize(1));
            assertThat(replicaCounts(nodes).values().stream().mapToLong(c -> c.get(0)).sum()).isEqualTo(BEFORE + WHILE_DOWN);
        }
    }

    /** A search loop on its own thread, recording every failure and every total it saw. */
    private static final class Searches {
        private final SolrSearch search;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger answered = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Map<String, Set<Long>> totals = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile String phase = "before";
        private final Map<String, Integer> answeredIn = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> slowestMs = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread = new Thread(this::loop, "searches");

        Searches(SolrNodes nodes) {
            this.search = new SolrSearch(nodes);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }

        private void loop() {
            ParityRequest browse = ParityRequest.of("browse", "");
            while (running.get()) {
                try {
                    String during = phase;
                    long start = System.nanoTime();
                    long total = search.search(browse.criteria(1, 10, 1000, true)).total();
                    slowestMs.merge(during, (System.nanoTime() - start) / 1_000_000, Math::max);
                    if (during.equals(phase)) {
                        answeredIn.merge(during, 1, Integer::sum);
                        totals.computeIfAbsent(during, p -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(total);
                    }
                    answered.incrementAndGet();
                } catch (Exception e) {
                    failures.add(phase + ": " + e);
                }
            }
        }
    }

    /** Updates during a leader change can be refused for a moment; a user's indexer would retry the same way. */
    private static void sendWithRetries(SolrNodes nodes, List<ExtractedArticle> articles) throws Exception {
        SolrArticleDocuments documents = new SolrArticleDocuments();
        List<SolrInputDocument> docs = new ArrayList<>();
        for (ExtractedArticle article : articles) {
            docs.add(documents.build(article, EmbeddedReference.fileOf(article), "hash"));
        }
        Exception last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                new UpdateRequest().add(docs).process(nodes, nodes.collection());
                nodes.commit(nodes.collection(), true, true);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(1_000);
            }
        }
        throw last;
    }

    private static void waitForActiveReplicas(SolrNodes nodes, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (replicas(nodes).stream().filter(r -> "active".equals(r.get("state"))).count() == expected) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("replicas not active again after 90 s: " + replicas(nodes));
    }

    /** Documents in each replica of each shard, asked of the replica's core alone (distrib=false). */
    private static Map<String, List<Long>> replicaCounts(SolrNodes nodes) throws Exception {
        Map<String, List<Long>> counts = new java.util.TreeMap<>();
        for (Map<String, Object> replica : replicas(nodes)) {
            try (HttpJdkSolrClient core = new HttpJdkSolrClient.Builder((String) replica.get("base_url")).build()) {
                long found = core.query((String) replica.get("core"), new SolrQuery("*:*").setRows(0)
                        .setParam("distrib", false)).getResults().getNumFound();
                counts.computeIfAbsent((String) replica.get("shard"), s -> new ArrayList<>()).add(found);
            }
        }
        return counts;
    }

    /** Every replica of the collection with its shard, core, base_url and state, from CLUSTERSTATUS. */
    private static List<Map<String, Object>> replicas(SolrNodes nodes) throws Exception {
        NamedList<Object> response = CollectionAdminRequest.getClusterStatus().setCollectionName(nodes.collection())
                .process(nodes).getResponse();
        Map<String, Object> shards = map(map(map(map(response.get("cluster")).get("collections")).get(nodes.collection())).get("shards"));
        List<Map<String, Object>> replicas = new ArrayList<>();
        for (var shard : shards.entrySet()) {
            for (Object replica : map(map(shard.getValue()).get("replicas")).values()) {
                Map<String, Object> r = new java.util.HashMap<>(map(replica));
                r.put("shard", shard.getKey());
                replicas.add(r);
            }
        }
        return replicas;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value instanceof NamedList<?> named) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            named.forEach((key, entry) -> map.put(key, entry));
            return map;
        }
        return (Map<String, Object>) value;
    }
}
