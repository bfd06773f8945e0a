package communique.bench;

import communique.bench.NameStyles.Style;
import communique.bench.Roles.Role;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A fixed population of officials: every corpus, whatever its seed, draws from the same people, so a task file can
 * name officials that exist. Within a country a few officials are in the news far more than the rest (Zipf).
 */
final class NamePool {

    /** One official; {@code surname} is the word a later short mention uses. */
    record Person(String fullName, String surname, String given, Role role, String country) {

        /** Lower-case ASCII words joined by '-': the folding the extractor's canonical keys use. */
        String key() {
            return foldKey(fullName);
        }
    }

    /** The pool never changes with the corpus seed: the same people, the same order. */
    private static final long POOL_SEED = 0x5EED_C0DEL;
    private static final int BASE_PEOPLE_PER_WEIGHT = 12;

    private final Map<String, List<Person>> byCountry = new LinkedHashMap<>();
    private final Map<String, Zipf> pickers = new LinkedHashMap<>();

    private NamePool() {
    }

    static NamePool standard() {
        NamePool pool = new NamePool();
        SplittableRandom random = new SplittableRandom(POOL_SEED);
        Set<String> taken = new HashSet<>();
        for (Countries.Country country : Countries.ALL) {
            int size = 40 + BASE_PEOPLE_PER_WEIGHT * country.weight();
            List<Person> people = new ArrayList<>(size);
            while (people.size() < size) {
                Person person = invent(country.code(), random);
                if (taken.add(person.key())) {
                    people.add(person);
                }
            }
            pool.byCountry.put(country.code(), List.copyOf(people));
            pool.pickers.put(country.code(), new Zipf(size, 1.0));
        }
        return pool;
    }

    /** An official of {@code country}, the most prominent ones most often. */
    Person pick(String country, SplittableRandom random) {
        return byCountry.get(country).get(pickers.get(country).sample(random));
    }

    /** The {@code rank}-th most prominent official of {@code country} (0 = the most). */
    Person prominent(String country, int rank) {
        return byCountry.get(country).get(rank);
    }

    int size() {
        return byCountry.values().stream().mapToInt(List::size).sum();
    }

    private static Person invent(String country, SplittableRandom random) {
        Style style = NameStyles.BY_COUNTRY.get(country);
        // Syllables widen whichever part is the short list: surnames in most traditions, given names in Chinese.
        boolean invented = random.nextInt(3) == 0;
        String syllables = pickFrom(style.heads(), random) + pickFrom(style.tails(), random);
        String given = style.surnameFirst() && invented ? syllables : pickFrom(style.given(), random);
        String surname = !style.surnameFirst() && invented ? syllables : pickFrom(style.surnames(), random);
        List<Role> roles = Roles.forCountry(country);
        Role role = roles.get(random.nextInt(roles.size()));
        String full = style.surnameFirst() ? surname + " " + given : given + " " + surname;
        return new Person(full, surname, given, role, country);
    }

    private static String pickFrom(List<String> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Accents folded, lower-cased, every run of non-letters (spaces, hyphens) a single '-'. */
    static String foldKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
