package communique.article;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, date and address from a page's metadata, read before the page is cleaned (cleaning removes {@code <meta>}
 * and headers). Dates come only from publication metadata or a {@code <time>} inside the story's own container,
 * never from a sidebar: no date is better than another story's date.
 *
 * @param title the headline without the site-name suffix, or null
 * @param date  the publication date, or null
 * @param url   the canonical http(s) address, or null
 */
record HtmlMetadata(String title, LocalDate date, String url) {

    private static final List<String> META_DATES = List.of(
            "meta[property=article:published_time]",
            "meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[name=publication_date], meta[name=dc.date.issued]",
            "meta[itemprop=datePublished]");
    private static final String STORY = "article, [itemprop=articleBody], main, [role=main]";
    private static final String SIDEBARS = "aside, nav, footer";

    static HtmlMetadata of(Document doc) {
        return new HtmlMetadata(title(doc), date(doc), url(doc));
    }

    private static String title(Document doc) {
        String og = attr(doc, "meta[property=og:title]", "content");
        if (og != null) {
            return Headline.withoutSiteName(og);
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return Paragraphs.collapse(h1.text());
        }
        String title = doc.title();
        return title.isBlank() || Headline.isSiteName(title) ? null : Headline.withoutSiteName(title);
    }

    private static LocalDate date(Document doc) {
        for (String css : META_DATES) {
            for (Element meta : doc.select(css)) {
                LocalDate date = IsoDates.parse(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        LocalDate jsonLd = JsonLdDates.datePublished(doc);
        return jsonLd != null ? jsonLd : storyTime(doc);
    }

    /** A {@code <time datetime>} (or itemprop=datePublished) inside the story, not inside an aside, nav or footer. */
    private static LocalDate storyTime(Document doc) {
        for (Element time : doc.select("[itemprop=datePublished][datetime], time[datetime]")) {
            if (insideStory(time)) {
                LocalDate date = IsoDates.parse(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean insideStory(Element el) {
        boolean story = false;
        for (Element a = el.parent(); a != null; a = a.parent()) {
            if (a.is(SIDEBARS) || HtmlCleaner.isFurnitureName(a)) {
                return false;
            }
            story |= a.is(STORY);
        }
        return story;
    }

    private static String url(Document doc) {
        String canonical = attr(doc, "link[rel=canonical]", "href");
        String url = canonical != null ? canonical : attr(doc, "meta[property=og:url]", "content");
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String attr(Document doc, String css, String attribute) {
        Element el = doc.selectFirst(css);
        String value = el == null ? "" : el.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }
}
