package communique.bench;

import communique.bench.Countries.Country;
import communique.bench.NamePool.Person;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The sentence patterns of wire-style diplomatic news that carry entities: an official's first mention (title
 * before the name, or apposition after it), later short mentions by surname, and country mentions by name,
 * demonym or hyphenated pair. Each pattern names the official's country, so the text alone supports the truth.
 */
final class Sentences {

    private static final List<String> VERBS = List.of("said that", "told reporters that", "stressed that",
            "noted that", "added that", "said");
    private static final List<String> TOPICS = List.of("trade", "border security", "energy cooperation",
            "refugee returns", "climate finance", "visa rules", "investment", "counter-terrorism", "water sharing");

    private final Vocabulary vocabulary;

    Sentences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The first mention of an official, with title and country: "Chinese Foreign Minister Zhang Jianhua said ...". */
    String fullMention(Person p, SplittableRandom r) {
        Country c = Countries.of(p.country());
        String title = p.role().title();
        String lead = switch (r.nextInt(4)) {
            case 0 -> c.demonym() + " " + title + " " + p.fullName();
            case 1 -> c.possessive() + " " + title + " " + p.fullName();
            case 2 -> p.fullName() + ", the " + c.demonym() + " " + p.role().lower() + ",";
            default -> p.fullName() + ", the " + p.role().lower() + " of " + c.name() + ",";
        };
        return capitalise(lead) + " " + verb(r) + " " + filler(r, 6 + r.nextInt(9)) + ".";
    }

    /** A later mention by surname alone or with the rank: "Minister Qureshi said ...", "Zhang added that ...". */
    String shortMention(Person p, SplittableRandom r) {
        String who = r.nextBoolean() ? p.role().rank() + " " + p.surname() : p.surname();
        return who + " " + verb(r) + " " + filler(r, 6 + r.nextInt(9)) + ".";
    }

    /** A sentence naming a country without an official; {@code home} is the article's first country. */
    String countryMention(Country c, Country home, SplittableRandom r) {
        String clause = filler(r, 6 + r.nextInt(9));
        return switch (r.nextInt(4)) {
            case 0 -> "Officials said relations with " + c.name() + " " + clause + ".";
            case 1 -> "The " + c.demonym() + " side " + clause + ".";
            case 2 -> capitalise(c.name()) + " " + verb(r) + " " + clause + ".";
            default -> home.code().equals(c.code())
                    ? "Officials in " + c.name() + " " + clause + "."
                    : "Talks on " + home.shortForm() + "-" + c.shortForm() + " ties " + clause + ".";
        };
    }

    /** A headline naming only countries of the article. */
    String headline(List<Country> countries, SplittableRandom r) {
        String topic = TOPICS.get(r.nextInt(TOPICS.size()));
        Country first = countries.get(0);
        if (countries.size() == 1) {
            return capitalise(first.name()) + " seeks support on " + topic;
        }
        Country second = countries.get(1);
        return r.nextBoolean()
                ? first.shortForm() + ", " + second.shortForm() + " agree to expand " + topic
                : first.demonym() + " and " + second.demonym() + " officials discuss " + topic;
    }

    /** Entity-free filler: a sentence of {@code words} Zipf-drawn words. */
    String fillerSentence(SplittableRandom r, int words) {
        return capitalise(filler(r, words)) + ".";
    }

    private String filler(SplittableRandom r, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(i % 9 == 8 && i < words - 1 ? ", " : " ");
            }
            text.append(vocabulary.draw(r));
        }
        return text.toString();
    }

    private static String verb(SplittableRandom r) {
        return VERBS.get(r.nextInt(VERBS.size()));
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
