package communique.article;

import java.text.Normalizer;

/**
 * The one text normalisation that stored articles and users' queries both go through, so that what is indexed and
 * what is searched for meet: Unicode NFKC (fullwidth letters and digits, ligatures and compatibility spaces become
 * their plain forms), and no character that a feed, a terminal or the index should never see. Control characters
 * (C0 but tab, line feed and carriage return; DEL; C1) become a space, so two words never run together;
 * U+FFFE, U+FFFF and lone surrogates become U+FFFD, the replacement character; invisible zero-width characters
 * (zero-width space, word joiner, byte order mark, soft hyphen) are removed, so a word broken by one is still the
 * word. Zero-width joiners and non-joiners stay: in Urdu and Persian script they change the letters' shapes.
 */
public final class CleanText {

    private CleanText() {
    }

    /** The text normalised; the same string when there was nothing to change (most text). */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String clean = needsCleaning(text) ? clean(text) : text;
        return Normalizer.isNormalized(clean, Normalizer.Form.NFKC) ? clean
                : Normalizer.normalize(clean, Normalizer.Form.NFKC);
    }

    /**
     * Only what XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone
     * surrogates), replaced by U+FFFD: for writing text that may not have come through {@link #normalize} (an
     * index built by an earlier version, a request parameter) into a feed.
     */
    public static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean forbidden = !pair && (isC0Control(c) || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c));
            if (forbidden && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(forbidden ? '\uFFFD' : c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** True for a character {@link #normalize} never leaves in a text (before NFKC). */
    static boolean isUnwanted(char c) {
        return isControl(c) || isInvisible(c) || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }

    private static boolean needsCleaning(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnwanted(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isControl(c)) {
                out.append(' ');
            } else if (c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isC0Control(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isControl(char c) {
        return isC0Control(c) || (c >= 0x7F && c <= 0x9F);
    }

    /** Zero-width space, word joiner, zero-width no-break space (the byte order mark) and soft hyphen. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
