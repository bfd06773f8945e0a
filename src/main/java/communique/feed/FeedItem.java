package communique.feed;

import java.net.URI;

/**
 * One entry of a feed.
 *
 * @param key       what identifies it across polls: its guid or Atom id, else its link
 * @param link      the address of its page
 * @param published when the feed says it was published or updated, in epoch milliseconds, or 0
 */
record FeedItem(String key, URI link, long published) {
}
