/** Starts a small SolrCloud test cluster (Solr nodes plus an embedded ZooKeeper) in its own JVM and drives it from stdin. */
package communique.solrlauncher;
