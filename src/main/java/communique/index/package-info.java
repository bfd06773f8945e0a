/** The Lucene schema and the incremental, crash-safe indexer that writes extracted articles to disk. */
package communique.index;
