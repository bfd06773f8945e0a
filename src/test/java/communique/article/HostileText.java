package communique.article;

import java.util.Random;

/**
 * Random text made of what breaks feeds, terminals and search: every C0 and C1 control character, DEL, U+FFFE and
 * U+FFFF, lone high and low surrogates, zero-width and no-break spaces, a soft hyphen, fullwidth letters and digits,
 * markup characters, and enough ordinary letters that words form. For the tests of {@link CleanText} and of the
 * feed, pages and API that show stored text.
 */
public final class HostileText {

    private static final String ORDINARY = "abcdefghijklmnopqrstuvwxyzPAK  éüاردو";
    private static final String[] SPECIAL = {"<", ">", "&", "\"", "'", "]]>", "&amp;", "<![CDATA[", "\uD83D\uDE00",
            "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u00A0", "\u200B", "\u2060", "\uFEFF", "\u00AD",
            "\u200C", "\u200D", "\u2028", "\u2029", "\u202E", "\uFF30\uFF41\uFF4B", "\uFF12\uFF10\uFF12\uFF14",
            "\uFB01", "\u2126"};

    private final Random random;

    public HostileText(long seed) {
        this.random = new Random(seed);
    }

    /** One string of up to {@code maxLength} pieces. */
    public String next(int maxLength) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(maxLength + 1);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                out.append(ORDINARY.charAt(random.nextInt(ORDINARY.length())));
            } else if (kind < 6) {
                out.append((char) random.nextInt(0x20));
            } else if (kind == 6) {
                out.append((char) (0x7F + random.nextInt(0x21)));
            } else {
                out.append(SPECIAL[random.nextInt(SPECIAL.length)]);
            }
        }
        return out.toString();
    }

    /** {@code text} as the inside of a JSON string, every character but letters written as a \\u escape. */
    public static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == ' ') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** {@code text} as HTML text, every character but letters written as a numeric character reference. */
    public static String htmlEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == ' ') {
                out.append(c);
            } else {
                out.append("&#x").append(Integer.toHexString(c)).append(';');
            }
        }
        return out.toString();
    }

    /** The first character no stored or written text may hold (XML 1.0's forbidden ones, C1, lone surrogates). */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
