package communique.solr;

import communique.extract.EntityExtractor;
import communique.article.WalkPolicy;
import communique.index.IndexProgress;
import communique.index.IndexWriteException;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the command line's {@code --solr URL[,URL...] --collection NAME [--shards N --replicas R]} points: the
 * one call the index command makes, and the client the serve command's backend is built on.
 *
 * @param nodeUrls   node base URLs, e.g. {@code http://solr1:8983/solr}
 * @param collection the article collection
 * @param layout     shards and replicas of the collection when it has to be created
 */
public record SolrCloudTarget(List<String> nodeUrls, String collection, SolrCollections.Layout layout) {

    public static final String DEFAULT_COLLECTION = "communique";

    public SolrCloudTarget {
        nodeUrls = List.copyOf(nodeUrls);
        SolrNodes.requireName(collection);
    }

    /** From the command-line values; throws IllegalArgumentException naming a bad one. */
    public static SolrCloudTarget of(String commaSeparatedUrls, String collection, int shards, int replicas) {
        return new SolrCloudTarget(SolrNodes.parseNodeUrls(commaSeparatedUrls), collection,
                new SolrCollections.Layout(shards, replicas));
    }

    /** A client for the collection; the caller closes it. */
    public SolrNodes connect() {
        return new SolrNodes(nodeUrls, collection);
    }

    /**
     * Brings the collection up to date with the article files under {@code paths} (creating it when missing) and
     * commits: the SolrCloud counterpart of {@code new Indexer(...).index(paths, progress)}. Articles are read and
     * extracted on the calling thread and sent in batches; the analysis, the expensive part, runs on the cluster.
     */
    public SolrIndexReport index(List<Path> paths, IndexProgress progress) throws IndexWriteException {
        return index(paths, WalkPolicy.DEFAULT, progress);
    }

    /** The same, walking the folders within {@code walk}. */
    public SolrIndexReport index(List<Path> paths, WalkPolicy walk, IndexProgress progress) throws IndexWriteException {
        try (SolrNodes nodes = connect()) {
            return new SolrIndexer(nodes, new EntityExtractor(), layout).index(paths, walk, progress);
        }
    }
}
