/** Runs the same indexer and search pages on an existing SolrCloud cluster, over HTTP through SolrJ's Jetty-free client. */
package communique.solr;
