package communique.search;

/**
 * Snippets made without the highlighter: the opening of an article, HTML-escaped exactly as the highlighter's
 * {@code DefaultPassageFormatter} escapes, so every snippet is safe to insert unescaped.
 */
final class Snippets {

    static final int LEAD_CHARS = 240;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Snippets() {
    }

    /** The first sentences up to about {@link #LEAD_CHARS} characters, cut at a word, escaped. */
    static String lead(String body) {
        if (body == null) {
            return null;
        }
        String head = body.length() > LEAD_CHARS * 2 ? body.substring(0, LEAD_CHARS * 2) : body;
        String text = WHITESPACE.matcher(head.strip()).replaceAll(" ");
        if (text.length() > LEAD_CHARS) {
            int cut = text.lastIndexOf(' ', LEAD_CHARS);
            text = text.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + "…";
        }
        return escape(text);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
