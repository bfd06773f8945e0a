package communique.extract.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase that reports a meeting, with the kind it reports and the sides of the parties before it (the subject)
 * and after it (the object). Tried in order: the first that occurs in a sentence decides, so a telephone call is not
 * taken for a visit mentioned in a relative clause ("who is on a visit to London, was talking to ...").
 *
 * @param pattern where the phrase occurs
 * @param kind    what it reports
 * @param subject side of the parties named before it
 * @param object  side of the parties named after it
 * @param directed whether the phrase needs a party after it: "X called on Y" does, "X and Y met" does not
 */
record Trigger(Pattern pattern, MeetingKind kind, Side subject, Side object, boolean directed) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final List<Trigger> ALL = List.of(
            of("received\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}(?:telephone|phone)\\s+call\\s+from",
                    MeetingKind.TELEPHONE_CALL, Side.COUNTERPART, Side.CALLER),
            of("(?:telephoned|phoned|rang|made\\s+(?:a\\s+)?(?:telephone\\s+|phone\\s+)?call\\s+to|called\\s+up)",
                    MeetingKind.TELEPHONE_CALL, Side.CALLER, Side.COUNTERPART),
            of("(?:telephone|phone|telephonic|video)\\s+(?:call|conversation|conference|talks?)|spoke\\s+by\\s+(?:tele)?phone"
                    + "|(?:spoke|talked)\\s+(?:on|over)\\s+the\\s+(?:tele)?phone|by\\s+(?:tele)?phone",
                    MeetingKind.TELEPHONE_CALL, Side.COUNTERPART, Side.COUNTERPART),
            of("(?:paid\\s+(?:a\\s+)?(?:courtesy\\s+)?call\\s+on|call(?:ed|s|ing)?\\s+on)", MeetingKind.CALL_ON,
                    Side.CALLER, Side.HOST),
            of("was\\s+received\\s+by|were\\s+received\\s+by", MeetingKind.MEETING, Side.CALLER, Side.HOST),
            of("(?:received|welcomed|hosted)", MeetingKind.MEETING, Side.HOST, Side.CALLER),
            of("held\\s+(?:[\\w-]+\\s+){0,2}talks|(?:talks|discussions|negotiations)\\s+(?:with|between)"
                    + "|talk(?:ed|ing|s)?\\s+(?:to|with)|(?:spoke|speaking)\\s+(?:to|with)|conferred\\s+with",
                    MeetingKind.TALKS, Side.COUNTERPART, Side.COUNTERPART),
            of("met(?:\\s+with)?|meets?(?:\\s+with)?|meeting\\s+(?:with|between)|while\\s+meeting"
                    + "|(?:held|had)\\s+(?:a\\s+)?(?:[\\w-]+\\s+){0,2}meeting(?:\\s+with)?",
                    MeetingKind.MEETING, Side.COUNTERPART, Side.COUNTERPART),
            of("visited|paid\\s+(?:a\\s+)?(?:[\\w-]+\\s+){0,2}visit\\s+to", MeetingKind.VISIT, Side.CALLER, Side.HOST));

    private static Trigger of(String regex, MeetingKind kind, Side subject, Side object) {
        boolean directed = subject != object;
        return new Trigger(Pattern.compile("\\b(?:" + regex + ")\\b", FLAGS), kind, subject, object, directed);
    }

    /** Where this trigger first occurs in {@code [from, to)} of the body outside quotations, or null. */
    Matcher find(String body, int from, int to, BodyText text) {
        Matcher m = pattern.matcher(body).region(from, to);
        while (m.find()) {
            if (text.quoteAround(m.start()) == null) {
                return m;
            }
        }
        return null;
    }
}
