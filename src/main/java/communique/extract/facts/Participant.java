package communique.extract.facts;

import communique.extract.Official;

import java.util.Locale;
import java.util.Objects;

/**
 * One party to a meeting: an official, or a delegation the text names without a leader ("a delegation of the
 * British Parliament"), which is a participant of its own kind with the country it comes from.
 *
 * @param key        the official's key, or {@code delegation-CC} ({@code delegation} when no country is known)
 * @param name       the official's name, or the delegation as written ("delegation of the British Parliament")
 * @param role       the official's role, or null
 * @param country    ISO code of the country served or represented, or null
 * @param side       the part played in the meeting
 * @param delegation true for a delegation without a named leader
 */
public record Participant(String key, String name, String role, String country, Side side, boolean delegation) {

    public Participant {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(side, "side");
    }

    static Participant of(Official official, Side side) {
        return new Participant(official.key(), official.name(), official.role(), official.country(), side, false);
    }

    static Participant delegation(String name, String country, Side side) {
        String key = country == null ? "delegation" : "delegation-" + country.toLowerCase(Locale.ROOT);
        return new Participant(key, name, null, country, side, true);
    }

    Participant withSide(Side newSide) {
        return new Participant(key, name, role, country, newSide, delegation);
    }
}
