/** Follows RSS and Atom feeds: polls them politely, fetches new items' pages into WARC files, indexes them per poll. */
package communique.feed;
