package communique.solr;

import communique.index.IndexReport;

/**
 * What one run against SolrCloud did: the embedded indexer's counts and summary line (scripts parse it either way),
 * plus whether the run had to create the collection. Thread-safe.
 */
public final class SolrIndexReport extends IndexReport {

    private volatile boolean collectionCreated;

    void collectionCreated() {
        collectionCreated = true;
    }

    /** Whether this run created the collection (it did not exist). */
    public boolean createdCollection() {
        return collectionCreated;
    }
}
