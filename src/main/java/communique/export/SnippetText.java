package communique.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet as plain text. Both backends' snippets are article text HTML-escaped with the query's matches in
 * {@code <mark>} and no other tag (Lucene's DefaultPassageFormatter with escaping, Solr's html encoder): removing the
 * two tags and decoding the entities gives back the article's own characters, which a CSV or JSON writer then quotes
 * in its own way.
 */
final class SnippetText {

    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));");

    private SnippetText() {
    }

    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = MARK.matcher(html).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity)));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String decode(Matcher entity) {
        if (entity.group(3) != null) {
            return switch (entity.group(3)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                default -> "'";
            };
        }
        int code = entity.group(1) != null ? Integer.parseInt(entity.group(1), 16) : Integer.parseInt(entity.group(2));
        // an entity of no character (or of a lone surrogate) is left as written: the escaper never makes one
        boolean character = code > 0 && Character.isValidCodePoint(code) && (code < 0xD800 || code > 0xDFFF);
        return character ? Character.toString(code) : entity.group();
    }
}
