package communique.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom document parsed with ROME into its items, newest first. ROME refuses DOCTYPE
 * declarations by default, so an XML entity cannot reach the file system or the network (XXE) nor expand without
 * bound. Items without a usable http(s) link are left out: there is no page to fetch.
 */
final class FeedDocument {

    private FeedDocument() {
    }

    /**
     * Parses the feed's bytes (its encoding from the XML declaration or the byte order mark).
     *
     * @throws FetchException when the bytes are not a feed
     */
    static List<FeedItem> parse(URI feed, byte[] xml) throws FetchException {
        SyndFeed parsed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            parsed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(feed + ": not an RSS or Atom feed (" + e.getMessage() + ")", false, e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            URI link = link(feed, entry);
            if (link != null) {
                String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link.toString();
                items.add(new FeedItem(key, link, millis(entry.getUpdatedDate(), entry.getPublishedDate())));
            }
        }
        items.sort((a, b) -> Long.compare(b.published(), a.published()));
        return items;
    }

    private static URI link(URI feed, SyndEntry entry) {
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
            SyndLink first = entry.getLinks().get(0);
            link = first.getHref();
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = feed.resolve(link.strip());
            String scheme = uri.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long millis(Date updated, Date published) {
        Date date = updated != null ? updated : published;
        return date == null ? 0 : date.getTime();
    }
}
