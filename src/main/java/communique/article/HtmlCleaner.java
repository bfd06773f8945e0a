package communique.article;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from a parsed page before the main text is chosen: scripts and widgets always; navigation,
 * header, footer, aside, forms, figures and elements whose class or id names furniture ("related-posts",
 * "share-bar", "sidebar") unless they hold most of the page's paragraph text. That guard exists because some sites
 * wrap the whole page in a form (ASP.NET) or give the story's container a class like "content-with-sidebar".
 */
final class HtmlCleaner {

    private static final String ALWAYS = "script, style, noscript, template, svg, canvas, iframe, object, embed, button, select,"
            + " input, textarea, link, meta";
    private static final String UNLESS_MAIN = "nav, header, footer, aside, form, figure, figcaption, dialog, menu, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?:^|[-_\\s])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar"
            + "|widget|related|share|sharing|social|comments?|newsletter|subscribe|subscription|advert|advertisement|ads?|promo|banner"
            + "|footer|masthead|popular|trending|tags|cookie|popup|modal|recommended|byline|outbrain|taboola|most-read)(?:$|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final double MAIN_SHARE = 0.5;

    private HtmlCleaner() {
    }

    /** Removes furniture from {@code doc} in place. */
    static void clean(Document doc) {
        doc.select(ALWAYS).remove();
        long total = HtmlMainText.paragraphText(doc.body());
        for (Element el : doc.select(UNLESS_MAIN)) {
            removeUnlessMain(el, total);
        }
        for (Element el : doc.body().getAllElements()) {
            if (isFurnitureName(el)) {
                removeUnlessMain(el, total);
            }
        }
    }

    /** Whether a class or id names a furniture widget, e.g. "related-posts", "share_bar", "sidebar". */
    static boolean isFurnitureName(Element el) {
        String names = el.className() + " " + el.id();
        return !names.isBlank() && FURNITURE_NAME.matcher(names).find();
    }

    private static void removeUnlessMain(Element el, long totalParagraphText) {
        if (el.parent() == null || isProtected(el)) {
            return;
        }
        if (totalParagraphText > 0 && HtmlMainText.paragraphText(el) >= totalParagraphText * MAIN_SHARE) {
            return;
        }
        el.remove();
    }

    private static boolean isProtected(Element el) {
        String tag = el.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                || "articleBody".equalsIgnoreCase(el.attr("itemprop"));
    }
}
