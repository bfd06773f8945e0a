package communique.feed;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;

/** An item's page as fetched: the address it finally came from, the HTTP response, and when. */
record FetchedPage(URI uri, int status, HttpHeaders headers, byte[] body, Instant fetched) {
}
