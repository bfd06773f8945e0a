package communique.extract.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a meeting took place, from its sentence and the article's date: an explicit day ("on April 15", "on 15
 * April 2025"), a weekday ("on Tuesday": the latest such day not after the article's date), "yesterday", or else
 * the article's date itself. None rather than a wrong one: without the article's date only a full explicit date
 * counts, a sentence that places the meeting in the past ("last month", "in 2019", "had met") gives none, and no
 * date is ever after the article's.
 */
final class MeetingDates {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+((?:19|20)\\d\\d))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");
    private static final Pattern ELSEWHEN = Pattern.compile("\\b(?:last\\s+(?:week|month|year)|earlier\\s+this\\s+(?:month|year)"
            + "|in\\s+(?:19|20)\\d\\d|had\\s+(?:earlier\\s+|also\\s+)?(?:met|called|held|visited|spoken|talked)|previously|years?\\s+ago"
            + "|months?\\s+ago|weeks?\\s+ago|in\\s+(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)\\b(?!\\s+\\d))", Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);

    private MeetingDates() {
    }

    static LocalDate of(String sentence, LocalDate articleDate) {
        LocalDate explicit = explicit(sentence, articleDate);
        if (explicit != null) {
            return articleDate != null && explicit.isAfter(articleDate) ? null : explicit;
        }
        if (articleDate == null || ELSEWHEN.matcher(sentence).find()) {
            return null;
        }
        Matcher w = WEEKDAY.matcher(sentence);
        if (w.find()) {
            DayOfWeek day = DayOfWeek.valueOf((w.group(1) + "DAY").toUpperCase(Locale.ROOT));
            return articleDate.with(TemporalAdjusters.previousOrSame(day));
        }
        return YESTERDAY.matcher(sentence).find() ? articleDate.minusDays(1) : articleDate;
    }

    /** A day written out in the sentence; a day without a year takes the article's year. */
    private static LocalDate explicit(String sentence, LocalDate articleDate) {
        Matcher m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3), articleDate);
        }
        m = DAY_MONTH.matcher(sentence);
        return m.find() ? day(m.group(2), m.group(1), m.group(3), articleDate) : null;
    }

    private static LocalDate day(String month, String day, String year, LocalDate articleDate) {
        if (year == null && articleDate == null) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : articleDate.getYear();
        int mo = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
        int d = Integer.parseInt(day);
        return d >= 1 && d <= YearMonth.of(y, mo).lengthOfMonth() ? LocalDate.of(y, mo, d) : null;
    }
}
