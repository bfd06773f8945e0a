package communique.extract.facts;

import communique.extract.OfficialKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facts a blind test article should yield, from its sidecar {@code NAME.events}:
 * {@code meeting: KIND | DATE-or-none | PLACE-or-none | side: Name; side: Name ...} (a delegation without a named
 * leader is written {@code delegation CC}) and {@code quote: direct|reported | Speaker-or-none | exact text}.
 */
record ExpectedFacts(List<WantMeeting> meetings, List<WantQuote> quotes) {

    record WantParticipant(String key, Side side) {
    }

    record WantMeeting(MeetingKind kind, LocalDate date, String place, List<WantParticipant> participants) {
    }

    /** @param speaker the speaker's official key, or null for "none" */
    record WantQuote(QuoteKind kind, String speaker, String text) {
    }

    static ExpectedFacts read(Path file) {
        List<WantMeeting> meetings = new ArrayList<>();
        List<WantQuote> quotes = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                switch (line.substring(0, colon).strip()) {
                    case "meeting" -> meetings.add(meeting(value));
                    case "quote" -> quotes.add(quote(value));
                    default -> throw new IllegalArgumentException("unknown line in " + file + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExpectedFacts(meetings, quotes);
    }

    private static WantMeeting meeting(String value) {
        String[] f = value.split("\\|", 4);
        List<WantParticipant> ps = new ArrayList<>();
        for (String p : f[3].split(";")) {
            if (!p.isBlank()) {
                int c = p.indexOf(':');
                ps.add(new WantParticipant(key(p.substring(c + 1).strip()), Side.ofLabel(p.substring(0, c))));
            }
        }
        String date = f[1].strip();
        String place = f[2].strip();
        return new WantMeeting(MeetingKind.ofLabel(f[0]), date.equals("none") ? null : LocalDate.parse(date),
                place.equals("none") ? null : place, ps);
    }

    private static WantQuote quote(String value) {
        String[] f = value.split("\\|", 3);
        String speaker = f[1].strip();
        return new WantQuote(QuoteKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)),
                speaker.equals("none") ? null : key(speaker), f[2].strip());
    }

    /** An official's key, or {@code delegation-cc} for "delegation CC". */
    static String key(String name) {
        if (name.startsWith("delegation")) {
            String cc = name.substring("delegation".length()).strip();
            return cc.isEmpty() ? "delegation" : "delegation-" + cc.toLowerCase(Locale.ROOT);
        }
        return OfficialKeys.key(name);
    }
}
