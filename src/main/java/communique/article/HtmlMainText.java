package communique.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Chooses the element that holds the story and turns it into lines, one per block. It prefers the page's own markup
 * for the story ({@code itemprop=articleBody}, {@code <article>}, the usual content classes, {@code <main>}) when that
 * holds a fair share of the page's paragraphs, else the element with the densest paragraphs. jsoup's traversal is
 * iterative, so deeply nested pages cannot overflow the stack here.
 */
final class HtmlMainText {

    private static final List<String> PREFERRED = List.of(
            "[itemprop=articleBody]",
            "article",
            ".article-body, .article-content, .articleBody, .article__body, .entry-content, .post-content, .post-body,"
                    + " .story-body, .story-content, .td-post-content, .news-content, .content-body, #article-body, #story-body",
            "main, [role=main]");
    /** A preferred container must hold this share of the page's paragraph text, so a teaser card cannot win. */
    private static final double MIN_SHARE = 0.4;
    private static final Set<String> BLOCKS = Set.of("p", "div", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "section", "article", "main", "table", "tr", "pre", "address", "hr", "header", "footer", "figure");

    private HtmlMainText() {
    }

    /** The story's lines; removes furniture from {@code doc} first. */
    static List<String> lines(Document doc) {
        HtmlCleaner.clean(doc);
        return blockLines(container(doc));
    }

    /** Total length of the text of the paragraphs under {@code root}. */
    static long paragraphText(Element root) {
        long sum = 0;
        for (Element p : root.select("p")) {
            sum += p.text().length();
        }
        return sum;
    }

    static Element container(Document doc) {
        Element body = doc.body();
        long total = paragraphText(body);
        for (String css : PREFERRED) {
            Element best = largest(doc.select(css));
            if (best != null && (total == 0 ? best.text().length() > 0 : paragraphText(best) >= total * MIN_SHARE)) {
                return best;
            }
        }
        Element densest = densest(body);
        return densest != null ? densest : body;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        long bestText = -1;
        for (Element el : candidates) {
            long text = paragraphText(el);
            if (text > bestText) {
                best = el;
                bestText = text;
            }
        }
        return best;
    }

    /** The element whose paragraphs hold most text; a grandparent gets half credit, for sites wrapping each p. */
    private static Element densest(Element body) {
        Map<Element, Double> weight = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                weight.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    weight.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** One line per block element and {@code <br>}; the {@code <h1>} is the title, not body. */
    static List<String> blockLines(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element el) {
                    if (el.normalName().equals("h1")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.normalName().equals("br") || BLOCKS.contains(el.normalName())) {
                        text.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    text.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String collapsed = Paragraphs.collapse(line);
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }
}
