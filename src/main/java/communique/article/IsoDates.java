package communique.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date part of an ISO date or date-time as the source wrote it. For "2024-05-04T01:00:00+05:00" that is
 * 2024-05-04, the publisher's own calendar day, which is what a reader of the article means by its date; converting
 * to UTC would move late-evening articles to the previous day.
 */
final class IsoDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d.*)", Pattern.DOTALL);

    private IsoDates() {
    }

    /** The date, or null when {@code text} is null, not ISO-shaped, or not a real calendar day: never a guess. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
