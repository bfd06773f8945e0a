package communique.export;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in a spreadsheet (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises, so Excel,
 * LibreOffice and Google Sheets show it as text. Article titles and snippets come from the web and may be written to
 * attack exactly this ("=HYPERLINK(...)"). Only the CSV export needs it: JSON Lines is read by programs, which take
 * a value as it is.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** The cell as it is, or with an apostrophe in front when a spreadsheet would read it as a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
