package communique.article;

import java.util.Locale;

/**
 * The one policy for article ids, read by the readers (an article whose id breaks it is skipped and its file named)
 * and by both search backends (such an id is answered 404 without a look-up), so that every id the indexer accepts
 * is one the server can serve at {@code /article/{id}}: at most {@link #MAX_CHARS} characters, not blank, not
 * {@code .} or {@code ..} (a browser or proxy resolves them away in an address), no control, format, line- or
 * paragraph-separator character, no lone surrogate and no U+FFFE or U+FFFF. Ids are identifiers: they are checked,
 * never rewritten, so two different ids never become one.
 */
public final class ArticleIds {

    /** File names are at most 255 bytes on common file systems; an id an address can carry whole. */
    public static final int MAX_CHARS = 255;

    private ArticleIds() {
    }

    /** True when {@code id} satisfies the policy. */
    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    /** Why {@code id} breaks the policy, for the indexer's report; null when it does not. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "the id is empty";
        }
        if (id.length() > MAX_CHARS) {
            return String.format(Locale.ROOT, "the id is %,d characters long (at most %d)", id.length(), MAX_CHARS);
        }
        if (id.equals(".") || id.equals("..")) {
            return "the id \"" + id + "\" cannot be part of an address";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (isForbidden(c)) {
                return String.format(Locale.ROOT, "the id holds the invisible or control character U+%04X at position %d",
                        (int) c, i + 1);
            }
        }
        return null;
    }

    private static boolean isForbidden(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
