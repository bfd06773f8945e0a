package communique.extract.facts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a meeting took place, from its sentence: "in Islamabad", "visit to London". A place must be a city or
 * province of the gazetteer, or a single capitalised word that is neither a country nor a month, weekday or
 * institution: a country is where the parties come from more often than where they met ("the NCA in the United
 * Kingdom"). The dateline, when the sentence gives none, is the caller's business.
 */
final class MeetingPlaces {

    private static final Pattern IN_PLACE = Pattern.compile(
            "\\b(?:[Ii]n|visit\\s+to|visiting|arrived\\s+in)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})");
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "parliament", "congress", "senate", "cabinet", "islam", "english", "urdu",
            "order", "addition", "response", "particular", "view", "light", "line", "support", "charge");

    private MeetingPlaces() {
    }

    /** The first place the sentence names, as written ("Islamabad"), or null. */
    static String in(String sentence) {
        Matcher m = IN_PLACE.matcher(sentence);
        while (m.find()) {
            String place = place(m.group(1));
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** The longest leading part of the capitalised run that is a known place; else a lone unknown word. */
    private static String place(String run) {
        String[] words = run.split("\\s+");
        FactLexicon lexicon = FactLexicon.get();
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("['\u2019]s$", "");
            if (lexicon.place(candidate) != null) {
                return candidate;
            }
        }
        String one = words[0].replaceAll("['\u2019]s$", "");
        boolean lone = words.length == 1 && !one.equals(one.toUpperCase(Locale.ROOT)) && lexicon.country(one) == null && !NOT_PLACES.contains(one.toLowerCase(Locale.ROOT));
        return lone ? one : null;
    }

    /** "ISLAMABAD" → "Islamabad", "NEW YORK" → "New York": a dateline as a place name. */
    static String fromDateline(String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(dateline.length());
        boolean start = true;
        for (char c : dateline.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }
}
