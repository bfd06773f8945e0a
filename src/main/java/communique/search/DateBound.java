package communique.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as users write it in {@code from} and {@code to}: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 * As a lower bound it means the first day of that period, as an upper bound the last.
 */
final class DateBound {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DateBound() {
    }

    /** The first day of the period, or null when the value is null. */
    static LocalDate start(String name, String value) {
        return value == null ? null : parse(name, value, false);
    }

    /** The last day of the period, or null when the value is null. */
    static LocalDate end(String name, String value) {
        return value == null ? null : parse(name, value, true);
    }

    private static LocalDate parse(String name, String value, boolean end) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new InvalidRequestException(name + " must be YYYY, YYYY-MM or YYYY-MM-DD, not \""
                    + Limits.shorten(value) + "\"");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return end ? Year.of(year).atMonth(12).atEndOfMonth() : Year.of(year).atDay(1);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidRequestException(name + " is not a real date: \"" + value + "\"", e);
        }
    }
}
