package communique.extract.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting while its article is still being read: later sentences may add those "also present" and the place
 * ("attended the meeting in Islamabad"), which beats a place taken from the dateline.
 */
final class MeetingDraft {

    final MeetingKind kind;
    final List<Participant> participants = new ArrayList<>();
    final LocalDate date;
    final Sentence sentence;
    final int sentenceIndex;
    private final String evidence;
    private String place;
    private boolean placeFromDateline;

    MeetingDraft(MeetingKind kind, LocalDate date, Sentence sentence, int sentenceIndex, String evidence) {
        this.kind = kind;
        this.date = date;
        this.sentence = sentence;
        this.sentenceIndex = sentenceIndex;
        this.evidence = evidence;
    }

    /** Adds a party unless already there; true when added. */
    boolean add(Participant p) {
        for (Participant q : participants) {
            if (q.key().equals(p.key())) {
                return false;
            }
        }
        participants.add(p);
        return true;
    }

    void place(String found, boolean fromDateline) {
        if (found != null && (place == null || (placeFromDateline && !fromDateline))) {
            place = found;
            placeFromDateline = fromDateline;
        }
    }

    Meeting build() {
        return new Meeting(kind, participants, date, place, evidence, sentence.start());
    }
}
