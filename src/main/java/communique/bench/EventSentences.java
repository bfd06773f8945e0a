package communique.bench;

import communique.bench.Countries.Country;
import communique.bench.NamePool.Person;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the meetings and quotes of a generated article with their truth: call-ons, meetings, talks, telephone calls
 * and delegations between the article's officials (with someone also present now and then), plans that are not
 * meetings ("will visit ... next month to meet"), and direct quotes attributed by name, rank, role or "he added".
 * Officials are referred to after their first mention, as wire copy does: by surname or rank and surname.
 */
final class EventSentences {

    /** Capitals by country, for "in Islamabad"; a country without one gets meetings without a place. */
    private static final Map<String, String> CAPITALS = Map.ofEntries(Map.entry("PK", "Islamabad"),
            Map.entry("US", "Washington"), Map.entry("CN", "Beijing"), Map.entry("AF", "Kabul"), Map.entry("IN", "New Delhi"),
            Map.entry("GB", "London"), Map.entry("SA", "Riyadh"), Map.entry("AE", "Abu Dhabi"), Map.entry("IR", "Tehran"),
            Map.entry("RU", "Moscow"), Map.entry("QA", "Doha"), Map.entry("TR", "Ankara"), Map.entry("BD", "Dhaka"),
            Map.entry("LK", "Colombo"));
    private static final DayOfWeek[] DAYS = DayOfWeek.values();

    private final Vocabulary vocabulary;

    EventSentences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Up to two meetings and three quotes among {@code officials} (already named in full earlier in the story). */
    EventTruth compose(List<Person> officials, List<Country> countries, LocalDate date, SplittableRandom r) {
        List<String> sentences = new ArrayList<>();
        List<EventTruth.Meeting> meetings = new ArrayList<>();
        List<EventTruth.Quote> quotes = new ArrayList<>();
        List<Set<String>> met = new ArrayList<>();
        int tries = officials.size() >= 2 ? r.nextInt(3) : 0;
        for (int i = 0; i < tries; i++) {
            meeting(officials, countries, date, r, sentences, meetings, met);
        }
        if (officials.size() >= 2 && r.nextInt(5) == 0) {
            Person a = officials.get(0);
            Person b = officials.get(1);
            sentences.add(ref(a, r) + " will visit " + city(countries, r, "the region") + " next month to meet " + ref(b, r) + ".");
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            quote(officials, officials.get(r.nextInt(officials.size())), r, sentences, quotes);
        }
        if (r.nextInt(4) == 0) {
            sentences.add("Officials described the talks as \u201C" + vocabulary.draw(r) + " " + vocabulary.draw(r) + "\u201D.");
        }
        return new EventTruth(meetings, quotes, sentences);
    }

    private void meeting(List<Person> officials, List<Country> countries, LocalDate date, SplittableRandom r,
                         List<String> sentences, List<EventTruth.Meeting> meetings, List<Set<String>> met) {
        Person a = officials.get(r.nextInt(officials.size()));
        Person b = officials.get(r.nextInt(officials.size()));
        boolean delegation = r.nextInt(6) == 0;
        Country from = countries.get(r.nextInt(countries.size()));
        if (!delegation && a == b) {
            return;
        }
        Set<String> keys = Set.of(a.key(), delegation ? "delegation-" + from.code().toLowerCase(java.util.Locale.ROOT) : b.key());
        // the extractor takes a later report of the same parties for the same meeting: write each pair once
        if (met.stream().anyMatch(s -> s.containsAll(keys))) {
            return;
        }
        DayOfWeek day = r.nextBoolean() ? DAYS[r.nextInt(7)] : null;
        LocalDate when = day == null ? date : date.with(TemporalAdjusters.previousOrSame(day));
        String on = day == null ? "" : " on " + Sentences.capitalise(day.name().toLowerCase(java.util.Locale.ROOT));
        String city = r.nextBoolean() ? CAPITALS.get(countries.get(r.nextInt(countries.size())).code()) : null;
        String in = city == null ? "" : " in " + city;
        List<EventTruth.Party> parties = new ArrayList<>();
        String kind;
        if (delegation) {
            kind = "delegation";
            sentences.add("A delegation of the " + from.demonym() + " Parliament called on " + ref(a, r) + in + on + ".");
            parties.add(new EventTruth.Party(a.key(), "host"));
            parties.add(new EventTruth.Party("delegation-" + from.code().toLowerCase(java.util.Locale.ROOT), "caller"));
        } else {
            kind = bilateral(a, b, in, on, r, sentences, parties);
            city = kind.equals("telephone call") ? null : city;
        }
        Set<String> all = new HashSet<>(keys);
        if (!delegation && officials.size() >= 3 && r.nextInt(3) == 0) {
            Person c = officials.stream().filter(p -> p != a && p != b).findFirst().orElseThrow();
            // right after its meeting, as wire copy has it: the composer's filler goes between entity sentences
            int last = sentences.size() - 1;
            sentences.set(last, sentences.get(last) + " " + Sentences.capitalise(ref(c, r)) + " was also present during the meeting.");
            parties.add(new EventTruth.Party(c.key(), "present"));
            all.add(c.key());
        }
        met.add(all);
        meetings.add(new EventTruth.Meeting(kind, when, city, parties));
    }

    /** One of the bilateral shapes; adds the parties (in mention order) and returns the kind's label. */
    private static String bilateral(Person a, Person b, String in, String on, SplittableRandom r, List<String> sentences,
                                    List<EventTruth.Party> parties) {
        String ra = Sentences.capitalise(ref(a, r));
        String rb = ref(b, r);
        return switch (r.nextInt(5)) {
            case 0 -> add(sentences, ra + " called on " + rb + in + on + ".", parties, a, "caller", b, "host", "call-on");
            case 1 -> add(sentences, ra + " met " + rb + in + on + ".", parties, a, "counterpart", b, "counterpart", "meeting");
            case 2 -> add(sentences, ra + " held talks with " + rb + in + on + ".", parties, a, "counterpart", b,
                    "counterpart", "talks");
            case 3 -> add(sentences, ra + " received a telephone call from " + rb + on + ".", parties, a, "counterpart",
                    b, "caller", "telephone call");
            default -> add(sentences, ra + " telephoned " + rb + on + ".", parties, a, "caller", b, "counterpart",
                    "telephone call");
        };
    }

    private static String add(List<String> sentences, String sentence, List<EventTruth.Party> parties, Person a,
                              String sideA, Person b, String sideB, String kind) {
        sentences.add(sentence);
        parties.add(new EventTruth.Party(a.key(), sideA));
        parties.add(new EventTruth.Party(b.key(), sideB));
        return kind;
    }

    /** A direct quote by {@code s} in one of four attributions, sometimes continued with "he added". */
    private void quote(List<Person> officials, Person s, SplittableRandom r, List<String> sentences,
                       List<EventTruth.Quote> quotes) {
        String text = Sentences.capitalise(words(r, 6 + r.nextInt(9)));
        // "the foreign minister said" names one official only when no other holds an office of the same rank
        boolean uniqueRole = officials.stream().filter(p -> p.role().rank().equals(s.role().rank())).count() == 1;
        String attribution = switch (r.nextInt(uniqueRole ? 4 : 3)) {
            case 0 -> "\u201C" + text + ",\u201D " + ref(s, r) + " said.";
            case 1 -> Sentences.capitalise(ref(s, r)) + " said: \u201C" + text + ".\u201D";
            case 2 -> "\u201C" + text + ",\u201D said " + ref(s, r) + ".";
            default -> "\u201C" + text + ",\u201D the " + s.role().lower() + " said.";
        };
        quotes.add(new EventTruth.Quote(attribution.contains(": \u201C") ? text + "." : text, s.key()));
        if (r.nextInt(3) == 0) {
            // straight after its quote, as wire copy has it: filler between could name another official
            String more = Sentences.capitalise(words(r, 5 + r.nextInt(8)));
            attribution += " \u201C" + more + ",\u201D he added.";
            quotes.add(new EventTruth.Quote(more, s.key()));
        }
        sentences.add(attribution);
    }

    private String words(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(vocabulary.draw(r));
        }
        return sb.toString();
    }

    private static String ref(Person p, SplittableRandom r) {
        return r.nextBoolean() ? p.role().rank() + " " + p.surname() : p.surname();
    }

    private static String city(List<Country> countries, SplittableRandom r, String otherwise) {
        String c = CAPITALS.get(countries.get(r.nextInt(countries.size())).code());
        return c == null ? otherwise : c;
    }
}
