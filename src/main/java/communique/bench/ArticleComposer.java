package communique.bench;

import communique.bench.Countries.Country;
import communique.bench.NamePool.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Composes one article: picks 1-6 countries and 1-5 of their officials, writes the entity sentences in news order
 * (lead, further first mentions, country mentions, short mentions), spreads filler sentences between them up to a
 * drawn length of 300-680 words, and on about 30% of articles appends site furniture for the reader to strip.
 */
final class ArticleComposer {

    static final int MIN_WORDS = 300;
    static final int MAX_CONTENT_WORDS = 680;
    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2026, 12, 31).toEpochDay();
    private static final List<String> FURNITURE = List.of(
            "Read more: Markets close higher as investors weigh the rate outlook",
            "—APP",
            "Leave a Reply\n\nYour email address will not be published. Required fields are marked *");

    private final NamePool pool;
    private final Sentences sentences;
    private final EventSentences events;
    private final int[] countryWeights = Countries.ALL.stream().mapToInt(Country::weight).toArray();
    private final int totalWeight = Countries.ALL.stream().mapToInt(Country::weight).sum();

    ArticleComposer(NamePool pool, Vocabulary vocabulary) {
        this.pool = pool;
        this.sentences = new Sentences(vocabulary);
        this.events = new EventSentences(vocabulary);
    }

    GeneratedArticle compose(String id, SplittableRandom r) {
        List<Country> countries = pickCountries(1 + r.nextInt(6), r);
        List<Person> officials = pickOfficials(1 + r.nextInt(5), countries, r);
        LocalDate date = LocalDate.ofEpochDay(FIRST_DAY + r.nextLong(LAST_DAY - FIRST_DAY + 1));
        EventTruth facts = events.compose(officials, countries, date, r);
        String body = body(officials, countries, facts.sentences(), r);
        String url = String.format(Locale.ROOT, "https://wire.example/%d/%02d/%s", date.getYear(), date.getMonthValue(), id);
        return new GeneratedArticle(id, sentences.headline(countries, r), date, body, url, officials,
                countries.stream().map(Country::code).toList(), facts);
    }

    private String body(List<Person> officials, List<Country> countries, List<String> eventSentences, SplittableRandom r) {
        List<String> entitySentences = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Person p : officials) {
            entitySentences.add(sentences.fullMention(p, r));
            covered.add(p.country());
        }
        for (Country c : countries) {
            if (!covered.contains(c.code())) {
                entitySentences.add(sentences.countryMention(c, countries.get(0), r));
            }
        }
        for (Person p : officials) {
            for (int i = r.nextInt(3); i > 0; i--) {
                entitySentences.add(sentences.shortMention(p, r));
            }
        }
        entitySentences.addAll(eventSentences);
        List<String> all = withFiller(entitySentences, MIN_WORDS + 12 + r.nextInt(MAX_CONTENT_WORDS - MIN_WORDS - 11), r);
        String text = paragraphs(all, r);
        return r.nextInt(10) < 3 ? text + "\n\n" + FURNITURE.get(r.nextInt(FURNITURE.size())) : text;
    }

    /** Keeps the entity sentences' order (the lead first) and inserts filler at random points up to the target. */
    private List<String> withFiller(List<String> entitySentences, int targetWords, SplittableRandom r) {
        List<String> all = new ArrayList<>(entitySentences);
        int words = entitySentences.stream().mapToInt(ArticleComposer::wordCount).sum();
        while (targetWords - words >= 12) {
            int length = Math.min(12 + r.nextInt(19), targetWords - words);
            all.add(1 + r.nextInt(all.size()), sentences.fillerSentence(r, length));
            words += length;
        }
        return all;
    }

    private static String paragraphs(List<String> all, SplittableRandom r) {
        StringBuilder text = new StringBuilder(all.size() * 160);
        int left = 2 + r.nextInt(4);
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                boolean breakHere = --left == 0;
                text.append(breakHere ? "\n\n" : " ");
                left = breakHere ? 2 + r.nextInt(4) : left;
            }
            text.append(all.get(i));
        }
        return text.toString();
    }

    private List<Country> pickCountries(int count, SplittableRandom r) {
        Set<Country> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            int ticket = r.nextInt(totalWeight);
            int i = 0;
            while (ticket >= countryWeights[i]) {
                ticket -= countryWeights[i++];
            }
            picked.add(Countries.ALL.get(i));
        }
        return List.copyOf(picked);
    }

    /** Officials with distinct name words, so every short mention points to exactly one of them. */
    private List<Person> pickOfficials(int count, List<Country> countries, SplittableRandom r) {
        List<Person> picked = new ArrayList<>();
        Set<String> nameWords = new HashSet<>();
        for (int attempt = 0; picked.size() < count && attempt < count * 20; attempt++) {
            Country c = picked.isEmpty() ? countries.get(0) : countries.get(r.nextInt(countries.size()));
            Person p = pool.pick(c.code(), r);
            List<String> words = List.of(p.fullName().split(" "));
            if (words.stream().noneMatch(nameWords::contains)) {
                nameWords.addAll(words);
                picked.add(p);
            }
        }
        return picked;
    }

    static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
