/** Turns a {@code SearchRequest} into a {@code SearchResult} of plain records: query parsing, facets, snippets, suggestions. */
package communique.search;
