package communique.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that wire-style stories open with ("ISLAMABAD –", "LONDON, Apr 18 (APP):", "WASHINGTON: ",
 * "Islamabad, Oct 8 (APP) -", "LONDON (Reuters) -", PTI's "NEW DELHI, May 20 (PTI) Defence ..." with no separator after
 * the agency, WAM's "DUBAI, 12th May, 2024 (WAM) --"). The place becomes {@link Article#place()} in upper case, and the
 * dateline is removed from the body so the first sentence reads as a sentence. A dateline that gives a full date
 * ("ISLAMABAD, March 3, 2025:") is the story's date; one without a year ("LONDON, Apr 18 (APP):") gives none, as
 * a guessed year would be wrong as often as right.
 *
 * @param place the place name in upper case, as written
 * @param date  the dateline's date when it has day, month and year, else null
 * @param rest  the paragraph after the dateline
 */
record Dateline(String place, LocalDate date, String rest) {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + "(?:,?\\s+\\d{4})?|" + DAY + "\\s+" + MONTH + "(?:,?\\s+\\d{4})?)";
    /** The parts of a matched date: month first or day first, and the year when there is one. */
    private static final Pattern DATE_PARTS = Pattern.compile("(?:(?<m1>\\p{L}+)\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>\\p{L}+)\\.?)"
            + "(?:,?\\s+(?<year>\\d{4}))?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final String WORD = "\\p{L}[\\p{L}.'’]*";
    private static final Pattern PATTERN = Pattern.compile("(?<place>" + WORD + "(?:[ -]" + WORD + "){0,3})"
            + "(?:\\s*,\\s*(?<date>" + DATE + "))?"
            + "(?:\\s*\\((?<agency>[\\p{L} ./]{2,20})\\))?"
            + "(?:\\s*(?<sep>[:–—]|-{1,2})(?:\\s+|$)|(?<=\\))\\s+(?=\\p{Lu}))");
    /** Upper-case words that open a paragraph with a colon but are labels, not places. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "ANALYSIS",
            "OPINION", "EDITORIAL", "NOTE", "LIVE", "PHOTOS", "COMMENT", "FACTBOX", "EXPLAINER", "EDITOR'S NOTE", "CORRECTION", "URGENT");

    /** The dateline at the start of {@code paragraph}, or null when it has none. */
    static Dateline find(String paragraph) {
        Matcher m = PATTERN.matcher(paragraph);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place");
        boolean upper = place.equals(place.toUpperCase(Locale.ROOT)) && place.codePoints().filter(Character::isLetter).count() >= 3;
        boolean capitalised = Character.isUpperCase(place.codePointAt(0));
        boolean dated = m.group("date") != null || m.group("agency") != null;
        boolean bare = m.group("sep") == null;
        if (bare && !(upper && m.group("date") != null && m.group("agency") != null)) {
            return null;
        }
        if (!(upper || (capitalised && dated)) || NOT_PLACES.contains(place.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return new Dateline(place.toUpperCase(Locale.ROOT), dateOf(m.group("date")), paragraph.substring(m.end()));
    }

    /** The date of a dateline's date part when it has a year and the day exists, else null. */
    private static LocalDate dateOf(String date) {
        Matcher m = date == null ? null : DATE_PARTS.matcher(date);
        if (m == null || !m.matches() || m.group("year") == null) {
            return null;
        }
        String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
        try {
            int monthNumber = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
            return LocalDate.of(Integer.parseInt(m.group("year")), monthNumber, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null; // "Feb 30, 2024": no such day, so no date rather than a wrong one
        }
    }
}
