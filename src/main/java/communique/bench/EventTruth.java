package communique.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The meetings and direct quotes a generated article truly reports, as {@link EventSentences} wrote them; kept in
 * the truth file beside the officials and countries (field {@code events}).
 *
 * @param sentences the sentences that report them, in story order, for the composer to place
 */
record EventTruth(List<Meeting> meetings, List<Quote> quotes, List<String> sentences) {

    static final EventTruth NONE = new EventTruth(List.of(), List.of(), List.of());

    /**
     * @param kind         the label of communique.extract.facts.MeetingKind
     * @param participants keys ({@code delegation-cc} for a delegation) with their sides
     * @param place        null when the sentence names none
     */
    record Meeting(String kind, LocalDate date, String place, List<Party> participants) {
    }

    record Party(String key, String side) {
    }

    /** A direct quote: its exact text and its speaker's key. */
    record Quote(String text, String speaker) {
    }

    void write(JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("events");
        out.writeArrayFieldStart("meetings");
        for (Meeting m : meetings) {
            out.writeStartObject();
            out.writeStringField("kind", m.kind());
            out.writeStringField("date", m.date() == null ? null : m.date().toString());
            out.writeStringField("place", m.place());
            out.writeArrayFieldStart("participants");
            for (Party p : m.participants()) {
                out.writeStartObject();
                out.writeStringField("key", p.key());
                out.writeStringField("side", p.side());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
            out.writeStartObject();
            out.writeStringField("text", q.text());
            out.writeStringField("speaker", q.speaker());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** The events of a truth line; none when the line has no {@code events} (a corpus of an older version). */
    static EventTruth read(JsonNode truthLine) {
        JsonNode events = truthLine.get("events");
        if (events == null) {
            return NONE;
        }
        List<Meeting> meetings = new ArrayList<>();
        for (JsonNode m : events.get("meetings")) {
            List<Party> parties = new ArrayList<>();
            m.get("participants").forEach(p -> parties.add(new Party(p.get("key").asText(), p.get("side").asText())));
            meetings.add(new Meeting(m.get("kind").asText(), m.get("date").isNull() ? null : LocalDate.parse(m.get("date").asText()),
                    m.get("place").isNull() ? null : m.get("place").asText(), parties));
        }
        List<Quote> quotes = new ArrayList<>();
        events.get("quotes").forEach(q -> quotes.add(new Quote(q.get("text").asText(), q.get("speaker").asText())));
        return new EventTruth(meetings, quotes, List.of());
    }
}
