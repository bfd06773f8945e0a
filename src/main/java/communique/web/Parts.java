package communique.web;

import java.util.List;

/** Small view records shared by the pages: links, chips, bars, hits. Everything here is plain text but snippets. */
public final class Parts {

    private Parts() {
    }

    /** A link with its text; {@code note} is extra text such as a count ("4"), may be null. */
    public record Link(String text, String href, String note, boolean current) {
        static Link of(String text, String href) {
            return new Link(text, href, null, false);
        }
    }

    /** One facet on the search page: the first values shown, the rest behind "more". */
    public record FacetGroup(String id, String title, List<Link> top, List<Link> more) {
        public boolean hasMore() {
            return !more.isEmpty();
        }

        public int moreCount() {
            return more.size();
        }
    }

    /** A selected filter that can be removed. */
    public record Chip(String kind, String label, String removeHref) {
    }

    /** One bar of the date chart; {@code heightClass} is one of h-0 … h-20 (no inline styles under our CSP). */
    public record Bar(String label, long count, String heightClass, boolean selected, String href, String description) {
    }

    /** A hit as listed: {@code snippetHtml} is highlighter output (escaped text plus mark tags) or null. */
    public record HitView(String title, String href, String date, String isoDate, String place, String snippetHtml,
                   List<Link> officials, List<Link> countries) {
    }

    /** The header search form: the query and the filters to keep as hidden fields. */
    public record Form(String query, List<Hidden> hidden) {
        static final Form EMPTY = new Form("", List.of());
    }

    public record Hidden(String name, String value) {
    }
}
