package communique.extract.facts;

import communique.extract.Official;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the meeting a sentence reports: a {@link Trigger} phrase, the officials named before it (the subject) and
 * after it up to the end of the object phrase, and a delegation. A meeting needs two parties; a sentence that puts
 * it in the future ("will meet", "is expected to visit", "looks forward to"), or denies it ("did not meet"), reports
 * none.
 */
final class MeetingFinder {

    /** Where the object phrase ends: a purpose, a second verb, a relative clause. */
    private static final Pattern OBJECT_END = Pattern.compile(";|\\b(?:where|who|which|whom|during\\s+which|after\\s+which"
            + "|to\\s+(?:discuss|talk|review|exchange|explore|seek|sign|brief|express|condole|congratulate|share|convey"
            + "|enhance|strengthen|deliberate|finali[sz]e)|and\\s+(?:discussed|said|agreed|exchanged|reviewed|talked"
            + "|informed|apprised|briefed|stressed|expressed|conveyed|underlined|emphasi[sz]ed|assured|thanked|invited"
            + "|urged|called))\\b");
    /** Right before the trigger: the meeting has not happened (yet), or did not. */
    private static final Pattern NOT_YET = Pattern.compile("\\b(?:will|would|shall|to|may|might|could|should|can|cannot"
            + "|not|never|n't|'ll|\u2019ll)(?:\\s+(?:also|soon|then|hold|have|pay|make|be|formally))*\\s*\\z",
            Pattern.CASE_INSENSITIVE);
    /** "X, accompanied by Y, met Z": those in the phrase were present. */
    private static final Pattern ACCOMPANIED = Pattern.compile("\\baccompanied\\s+by\\b[^;]*?(?:,|\\z)");
    /** A few words before the trigger, or anywhere in the sentence: plans, invitations, cancellations. */
    private static final Pattern PLANNED = Pattern.compile("\\b(?:expected|scheduled|due|plans?|planned|planning|set\\s+to"
            + "|likely|look(?:s|ed|ing)?\\s+forward|invit(?:ed|es|ing|ation)|agreed\\s+to|proposed|cancel(?:l)?ed|postponed"
            + "|refused|declined|next\\s+(?:week|month|year)|tomorrow|upcoming|forthcoming|later\\s+this\\s+(?:week|month|year)"
            + "|would\\s+be|will\\s+be|hopes?\\s+to)\\b", Pattern.CASE_INSENSITIVE);

    /** How far before its trigger a delegation may end and still be its subject ("..., led by X, called on"). */
    private static final int SUBJECT_REACH = 80;

    private final String dateline;
    private final LocalDate articleDate;

    MeetingFinder(String dateline, LocalDate articleDate) {
        this.dateline = dateline;
        this.articleDate = articleDate;
    }

    /** The meeting the sentence reports, or null. */
    MeetingDraft find(SentenceContext ctx, BodyText text, int sentenceIndex) {
        Sentence s = ctx.sentence();
        for (Trigger t : Trigger.ALL) {
            Matcher m = t.find(ctx.body(), s.start(), s.end(), text);
            if (m == null || notHappened(ctx.body(), s.start(), m.start())) {
                continue;
            }
            MeetingDraft d = draft(ctx, text, t, m, sentenceIndex);
            if (d.participants.size() >= 2 && (!t.directed() || d.participants.stream().anyMatch(p -> p.side() == t.object()))) {
                return d;
            }
        }
        return null;
    }

    private boolean notHappened(String body, int sentenceStart, int triggerStart) {
        String before = body.substring(Math.max(sentenceStart, triggerStart - 40), triggerStart);
        return NOT_YET.matcher(before).find() || PLANNED.matcher(body.substring(sentenceStart, triggerStart)).find();
    }

    private MeetingDraft draft(SentenceContext ctx, BodyText text, Trigger t, Matcher m, int sentenceIndex) {
        Sentence s = ctx.sentence();
        String sentence = ctx.text();
        Delegations.Found delegation = party(Delegations.in(ctx.body(), s.start(), s.end()), m, text);
        MeetingKind kind = delegation != null && t.kind() != MeetingKind.TELEPHONE_CALL ? MeetingKind.DELEGATION : t.kind();
        MeetingDraft d = new MeetingDraft(kind, MeetingDates.of(sentence, articleDate), s, sentenceIndex, sentence);
        int objectEnd = objectEnd(ctx.body(), m.end(), s.end());
        boolean delegationAdded = false;
        Matcher accompanied = ACCOMPANIED.matcher(ctx.body()).region(s.start(), s.end());
        accompanied = accompanied.find() ? accompanied : null;
        for (Mention mention : ctx.mentions()) {
            if (delegation != null && !delegation.led() && !delegationAdded && mention.start() > delegation.start()) {
                delegationAdded = addDelegation(d, delegation, t, m, objectEnd);
            }
            Official o = mention.start() < m.start() ? resolve(ctx, mention) : mention.pronoun() ? null : mention.official();
            if (o != null && (mention.start() < m.start() || mention.start() < objectEnd)) {
                Side side = inside(accompanied, mention) ? Side.PRESENT : mention.start() < m.start() ? t.subject() : t.object();
                d.add(Participant.of(o, side));
            }
        }
        if (delegation != null && !delegation.led() && !delegationAdded) {
            addDelegation(d, delegation, t, m, objectEnd);
        }
        if (t.kind() != MeetingKind.TELEPHONE_CALL) {
            d.place(MeetingPlaces.in(sentence), false);
            d.place(MeetingPlaces.fromDateline(dateline), true);
        }
        return d;
    }

    /**
     * A delegation takes part only as the trigger's subject, just before it ("A delegation of the European
     * Parliament met ..."), or in its object; one inside a quotation or further back is only talked about.
     */
    private static Delegations.Found party(Delegations.Found f, Matcher trigger, BodyText text) {
        if (f == null || text.quoteAround(f.start()) != null) {
            return null;
        }
        boolean subject = f.end() <= trigger.start() && trigger.start() - f.end() <= SUBJECT_REACH;
        return subject || f.start() >= trigger.end() ? f : null;
    }

    private static boolean addDelegation(MeetingDraft d, Delegations.Found f, Trigger t, Matcher m, int objectEnd) {
        if (f.start() >= objectEnd) {
            return true;
        }
        Side side = f.start() < m.start() ? t.subject() : t.object();
        d.add(Participant.delegation(f.name(), f.country(), side));
        return true;
    }

    private static Official resolve(SentenceContext ctx, Mention mention) {
        return mention.pronoun() ? ctx.pronoun(mention.start()) : mention.official();
    }

    private static boolean inside(Matcher span, Mention mention) {
        return span != null && mention.start() >= span.start() && mention.end() <= span.end();
    }

    private static int objectEnd(String body, int from, int to) {
        Matcher e = OBJECT_END.matcher(body).region(from, to);
        return e.find() ? e.start() : to;
    }
}
