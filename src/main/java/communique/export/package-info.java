/** Exports of a search for researchers: one plain row per article, written as CSV or JSON Lines while the hits stream in. */
package communique.export;
