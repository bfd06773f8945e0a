package communique.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into paragraphs and joins them back in the one body layout every reader produces: paragraphs
 * separated by exactly one blank line, whitespace inside a paragraph collapsed to single spaces. Nothing else in the
 * text is changed (quotes, dashes, case), because the highlighter computes offsets on this body.
 */
final class Paragraphs {

    /** A line long enough that it may have been hard-wrapped by an editor rather than ended by the writer. */
    private static final int WRAP_MIN_LENGTH = 40;
    /** The first line of a hard-wrapped block of agency copy: wire services wrap at 65-80 characters. */
    private static final int WRAPPED_BLOCK_MIN_LENGTH = 55;

    private Paragraphs() {
    }

    /** Collapses whitespace inside one line and trims it; a plain loop, as it runs over every character of a file. */
    static String collapse(String line) {
        if (isCollapsed(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the line is already in collapsed form (most lines are): no whitespace at either end, and inside only
     * single plain spaces. Checked first so that such a line is returned as it is rather than copied.
     */
    private static boolean isCollapsed(String line) {
        int n = line.length();
        if (n > 0 && (isSpace(line.charAt(0)) || isSpace(line.charAt(n - 1)))) {
            return false;
        }
        boolean previousSpace = false;
        for (int i = 1; i < n - 1; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (isSpace(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return true;
    }

    /** Whitespace, including the no-break and thin spaces that web pages carry into text. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * The non-blank lines of {@code text}, each collapsed. A file may separate paragraphs by blank lines or put one
     * paragraph on each line; both give one entry per paragraph. Sidebar lines ("Rigging claims", "03 May, 2024")
     * stay separate entries so the furniture rules can judge them one by one. A hard-wrapped line (long, no closing
     * punctuation, next line starting in lower case) is joined with the next.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        boolean wrappedBlock = false;
        boolean blockStart = true;
        for (String raw : breakLines(text)) {
            String line = collapse(raw);
            if (line.isEmpty()) {
                current = flush(current, out);
                blockStart = true;
            } else if (current != null && (wrappedBlock || looksWrapped(current, line))) {
                current.append(' ').append(line);
            } else {
                flush(current, out);
                wrappedBlock = blockStart && opensWrappedBlock(line);
                blockStart = false;
                current = new StringBuilder(line);
            }
        }
        flush(current, out);
        return out;
    }

    /**
     * Agency copy wrapped at a fixed width ("...Naqvi on Monday called on" / "British Home Secretary" / "Yvette
     * Cooper at the Home Office ...") breaks lines mid-sentence before capitals too. A block (lines between blank
     * lines) whose first line is long and stops mid-sentence is such a paragraph: all its lines are one.
     */
    private static boolean opensWrappedBlock(String first) {
        return first.length() >= WRAPPED_BLOCK_MIN_LENGTH && ".!?:;\"”’)]…".indexOf(first.charAt(first.length() - 1)) < 0;
    }

    /**
     * The text split at every line break the regex {@code \R} knows (\r\n, or one of \n \r, vertical tab, form
     * feed, U+0085, U+2028, U+2029), as {@code Pattern.compile("\\R").split(text, -1)} would split it. A plain
     * scan: the regex cost a third of this class's time.
     */
    static List<String> breakLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Joins paragraphs with exactly one blank line between them. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static boolean looksWrapped(CharSequence previous, String next) {
        if (previous.length() < WRAP_MIN_LENGTH || !Character.isLowerCase(next.codePointAt(0))) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return ".!?:;\"”’)]…".indexOf(last) < 0;
    }

    private static StringBuilder flush(StringBuilder current, List<String> out) {
        if (current != null && current.length() > 0) {
            out.add(current.toString());
        }
        return null;
    }
}
