package communique.cli;

/**
 * Text from files and indexes made safe for a terminal or a log: every character that could end a line, move the
 * cursor, recolour or retitle the terminal (ANSI and OSC escape sequences start with ESC or a C1 control), or
 * reorder what is shown (bidirectional controls) is written as a visible escape instead: {@code \n}, {@code \e},
 * {@code \x07}, {@code \u202E}. A backslash is doubled, so an escape cannot be forged either. A file named
 * {@code "a\nskipped: b.txt"} is thus reported on one line, as {@code a\nskipped: b.txt}, and a name cannot drive
 * the terminal.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escapeOf(text, i);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The escape for the character at {@code i}, or null when it may be shown as it is. */
    private static String escapeOf(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\u001B':
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return String.format("\\x%02X", (int) c);
        }
        if (isBidiControl(c) || c == '\u2028' || c == '\u2029' || loneSurrogate(text, i)) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
