package communique.extract.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting an article reports as having happened.
 *
 * @param kind         call-on, meeting, talks, telephone call, delegation or visit
 * @param participants distinct parties, in order of mention; at least two
 * @param date         the day it took place: an explicit day in the sentence, else the article's date; null when
 *                     neither is known or the sentence places it elsewhere in time ("last year"); never after the
 *                     article's date
 * @param place        where it took place ("Islamabad"), from the sentence or the dateline; null when unknown
 * @param evidence     the sentence that reports it, exactly as in the article's body
 * @param start        offset of the evidence in the body
 */
public record Meeting(MeetingKind kind, List<Participant> participants, LocalDate date, String place,
                      String evidence, int start) {

    public Meeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
    }
}
