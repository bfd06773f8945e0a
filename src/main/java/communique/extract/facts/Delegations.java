package communique.extract.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delegation in a meeting sentence: "a delegation of the British Parliament", "a seven-member US Congressional
 * delegation". One led by a named official ("a delegation led by X", "X led a delegation") is that official's
 * party and makes the meeting a delegation; one without a named leader is a participant of its own, from the
 * country its phrase names.
 */
final class Delegations {

    private static final Pattern DELEGATION = Pattern.compile(
            "\\b(?:[Aa]n?|[Tt]he)\\s+(?<pre>(?:[\\p{L}\\d'\u2019-]+\\s+){0,3}?)delegation"
                    + "(?<post>\\s+(?:of|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'\u2019-]*\\s*){1,5})?");
    private static final Pattern LED = Pattern.compile("\\s*,?\\s*(?:led|headed)\\s+by\\b");

    /** A delegation phrase at {@code [start, end)}; {@code led} when a leader is named right after it. */
    record Found(int start, int end, String name, String country, boolean led) {
    }

    private Delegations() {
    }

    /** The first delegation named in {@code [from, to)} of the body, or null. */
    static Found in(String body, int from, int to) {
        Matcher m = DELEGATION.matcher(body).region(from, to);
        if (!m.find()) {
            return null;
        }
        Matcher led = LED.matcher(body).region(m.end(), to);
        boolean ledBy = led.lookingAt();
        String name = body.substring(m.start(), m.end()).strip();
        name = name.replaceFirst("^(?i)(?:an?|the)\\s+", "");
        return new Found(m.start(), m.end(), name, country(name), ledBy);
    }

    /** The first country form among the phrase's words ("British" → GB, "US" → US). */
    private static String country(String phrase) {
        FactLexicon lexicon = FactLexicon.get();
        String[] words = phrase.split("[\\s-]+");
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String c = lexicon.country(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n))
                        .replaceAll("['\u2019]s$", ""));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }
}
