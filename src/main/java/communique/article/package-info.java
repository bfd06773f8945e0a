/** Reads article files (txt, html, jsonl) into immutable {@link communique.article.Article} records, with site furniture removed. */
package communique.article;
