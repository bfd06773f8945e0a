package communique.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's date in its text when the metadata has none: a dateline ("LONDON, Apr 18 2019 (APP):") or an
 * explicit full date as the time of the lead sentence ("left for Riyadh on April 23rd, 2018"). A date must have
 * day, month and year; a bare weekday gives none. A full date elsewhere may be history ("signed on May 21, 2015"),
 * so it is only taken from the first sentence, after "on", and not when that sentence also says "on Tuesday".
 */
final class DateFinder {

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
                    + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** "April 23rd, 2018" or "23 April 2018" (groups: month, day, year | day, month, year). */
    private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + ")\\b";
    private static final Pattern DATELINE = Pattern.compile(
            "\\A\\s*[A-Z][A-Za-z .'-]{1,40}?,\\s*" + DATE + "\\s*(?:\\([^)\\n]{1,25}\\))?\\s*[:\\-\u2013\u2014]");
    private static final Pattern LEAD_DATE = Pattern.compile("\\b[Oo]n\\s+(?:[A-Z][a-z]+day,?\\s+)?(?:the\\s+)?" + DATE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|\\z)|\\n");

    private DateFinder() {
    }

    /** The dateline or lead-sentence date of {@code body}, or null. */
    static LocalDate find(String body) {
        Matcher dateline = DATELINE.matcher(body);
        if (dateline.find()) {
            return toDate(dateline);
        }
        String lead = firstSentence(body);
        Matcher m = LEAD_DATE.matcher(lead);
        if (!m.find() || WEEKDAY.matcher(lead.substring(0, m.start()) + lead.substring(m.end())).find()) {
            return null;
        }
        return toDate(m);
    }

    private static String firstSentence(String body) {
        String text = body.stripLeading();
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    /** Groups 1-3 are month, day, year; groups 4-6 day, month, year. Null when no such day exists. */
    private static LocalDate toDate(Matcher m) {
        boolean monthFirst = m.group(1) != null;
        String month = monthFirst ? m.group(1) : m.group(5);
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
        int monthNumber = monthNumber(month);
        if (day < 1 || day > YearMonth.of(year, monthNumber).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, monthNumber, day);
    }

    private static int monthNumber(String month) {
        String m = month.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
    }
}
