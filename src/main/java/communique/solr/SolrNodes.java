package communique.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster as the app sees it: a few node URLs, requests spread over them round-robin, a node that refuses
 * connections or times out set aside and pinged back in (SolrJ's {@link LBSolrClient}). Any SolrCloud node routes a
 * collection query or update to the right shards and replicas itself, so no ZooKeeper connection is needed.
 * <p>
 * Each node is reached through SolrJ's {@link HttpJdkSolrClient} (java.net.http, HTTP/1.1): SolrJ's Jetty clients
 * would bring Jetty 10 onto the app's Jetty 12 classpath. Thread-safe; close it once.
 */
public final class SolrNodes extends LBSolrClient {

    /** How often a node that failed is pinged to see whether it is back. */
    static final long ALIVE_CHECK_MILLIS = 2_000;

    private final Map<String, HttpJdkSolrClient> clients = new LinkedHashMap<>();
    private final List<Endpoint> endpoints;
    private final AtomicInteger turn = new AtomicInteger();
    private final String collection;

    /**
     * @param nodeUrls   node base URLs such as {@code http://solr1:8983/solr}
     * @param collection the collection every collection request goes to (also what a set-aside node is pinged on)
     */
    public SolrNodes(List<String> nodeUrls, String collection) {
        super(normalized(nodeUrls));
        this.collection = requireName(collection);
        this.aliveCheckIntervalMillis = ALIVE_CHECK_MILLIS;
        for (String url : nodeUrls) {
            clients.put(normalize(url), client(normalize(url), this.collection));
        }
        this.endpoints = clients.keySet().stream().map(Endpoint::new).toList();
    }

    /** Parses a comma-separated node list as given on the command line ({@code --solr URL[,URL...]}). */
    public static List<String> parseNodeUrls(String commaSeparated) {
        List<String> urls = List.of(commaSeparated.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr node URL in \"" + commaSeparated + "\"");
        }
        for (String url : urls) {
            if (!isHttpUrl(url)) {
                throw new IllegalArgumentException("not an http(s) Solr node URL: \"" + url + "\" (e.g. http://solr1:8983/solr)");
            }
        }
        return urls;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String collection() {
        return collection;
    }

    public List<String> nodeUrls() {
        return List.copyOf(clients.keySet());
    }

    /**
     * Sends a request to the nodes in turn, starting with a different node each time: a node that refuses the
     * connection, times out or answers 503/500/404/403 (stopping, starting, not yet serving the collection) is set
     * aside and the next one asked; an update is retried elsewhere only when it could not connect, so it is never
     * applied twice.
     */
    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collectionName) throws SolrServerException, IOException {
        if (collectionName != null && !collectionName.equals(collection)) {
            throw new IllegalArgumentException("this client serves collection " + collection + ", not " + collectionName);
        }
        return request(new Req(request, rotated())).getResponse();
    }

    private List<Endpoint> rotated() {
        List<Endpoint> endpoints = new ArrayList<>(this.endpoints);
        Collections.rotate(endpoints, -Math.floorMod(turn.getAndIncrement(), endpoints.size()));
        return endpoints;
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
        HttpJdkSolrClient client = clients.get(normalize(baseUrl));
        if (client == null) {
            throw new IllegalArgumentException("not one of this cluster's nodes: " + baseUrl);
        }
        return client;
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
        return getClient(endpoint.getBaseUrl());
    }

    @Override
    public void close() {
        super.close();
        IOException failure = null;
        for (HttpJdkSolrClient client : clients.values()) {
            try {
                client.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("closing a Solr node client failed", failure);
        }
    }

    /**
     * One node's client. Its default collection makes SolrJ's ping of a set-aside node ({@code *:*} with no
     * collection named) ask that collection, which every node of the cluster can answer.
     */
    private static HttpJdkSolrClient client(String baseUrl, String collection) {
        return new HttpJdkSolrClient.Builder(baseUrl)
                .withDefaultCollection(collection)
                .useHttp1_1(true)
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                .withRequestTimeout(60, TimeUnit.SECONDS)
                .build();
    }

    private static List<String> normalized(List<String> nodeUrls) {
        if (nodeUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one Solr node URL is needed");
        }
        return nodeUrls.stream().map(LBSolrClient::normalize).toList();
    }

    static String requireName(String collection) {
        if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("not a valid collection name: \"" + collection
                    + "\" (letters, digits, '_', '-', '.'; not starting with '-' or '.')");
        }
        return collection;
    }
}
