package communique.extract.facts;

import communique.extract.Official;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Those present at a meeting reported just before: "X, Y and Z were also present during the meeting", "... also
 * attended the meeting in Islamabad". The sentence's officials join that meeting as present, and a place it names
 * becomes the meeting's place when the meeting's own sentence gave only the dateline.
 */
final class Attendance {

    private static final Pattern PRESENT = Pattern.compile("\\b(?:(?:also|were|was)\\s+(?:also\\s+)?present"
            + "|(?:also\\s+)?attended\\s+the\\s+(?:meeting|talks|call|session)|also\\s+attended|also\\s+participated"
            + "|(?:also\\s+)?in\\s+attendance|also\\s+took\\s+part|were\\s+among\\s+those\\s+present"
            + "|accompanied\\s+(?:him|her|them|the\\s+\\w+))\\b", Pattern.CASE_INSENSITIVE);
    /** How many sentences after its meeting an attendance sentence may stand. */
    private static final int REACH = 3;

    private Attendance() {
    }

    /** True when the sentence lists those present at {@code last}, whom it then adds to it. */
    static boolean addTo(MeetingDraft last, SentenceContext ctx, int sentenceIndex) {
        if (last == null || sentenceIndex - last.sentenceIndex > REACH) {
            return false;
        }
        Matcher m = PRESENT.matcher(ctx.text());
        if (!m.find()) {
            return false;
        }
        for (Mention mention : ctx.mentions()) {
            Official o = mention.pronoun() ? null : mention.official();
            if (o != null) {
                last.add(Participant.of(o, Side.PRESENT));
            }
        }
        last.place(MeetingPlaces.in(ctx.text()), false);
        return true;
    }
}
