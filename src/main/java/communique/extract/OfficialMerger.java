package communique.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the namings of one person within an article: a shorter name joins a fuller one only when it is a
 * contiguous part of exactly one candidate ("Naqvi" → "Mohsin Naqvi"; "Chaudhry" beside "Talal Chaudhry" and
 * "Chaudhry Nisar Ali Khan" joins neither and is dropped). Then picks each person's role and country.
 */
final class OfficialMerger {

    /** Roles so general that a later, specific one ("Interior Minister") is preferred. */
    private static final Set<String> GENERIC_ROLES = Set.of("Minister", "Federal Minister", "Adviser", "Spokesperson");

    /**
     * The outlet's home country and how the story stands to it: the home state's own offices (home-offices.tsv)
     * fall back to it unless the story is filed {@code abroad} and never names it; any other bare national office
     * only when the story is {@code central} to it and not filed abroad.
     */
    record Home(String country, boolean central, boolean abroad, boolean filedAbroad) {

        String of(String role) {
            Roles roles = Roles.get();
            if (country == null || abroad) {
                return null;
            }
            if (roles.isHomeOffice(country, role)) {
                return country;
            }
            return central && !filedAbroad && roles.takesHome(role) ? country : null;
        }
    }

    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "binti");

    private static final class Person {
        final List<String> parts;
        final List<OfficialFinder.Mention> mentions = new ArrayList<>();
        Person root = this;
        boolean ambiguous;

        Person(List<String> parts) {
            this.parts = parts;
        }

        Person root() {
            return root == this ? this : root.root();
        }
    }

    /**
     * Officials in order of first mention. {@code plainNames} (untitled name runs) complete a short titled name
     * that is a contiguous part of exactly one of them; {@code home} serves a bare national office.
     */
    List<Official> merge(List<OfficialFinder.Mention> mentions, List<List<String>> plainNames, Home home) {
        Map<String, Person> byKey = new LinkedHashMap<>();
        for (OfficialFinder.Mention m : mentions) {
            List<String> parts = OfficialKeys.parts(String.join(" ", m.name()));
            if (!parts.isEmpty()) {
                byKey.computeIfAbsent(String.join("-", parts), k -> new Person(parts)).mentions.add(m);
            }
        }
        List<Person> people = new ArrayList<>(byKey.values());
        people.sort(Comparator.comparingInt((Person p) -> -p.parts.size()));
        for (Person p : people) {
            joinFuller(p, people);
        }
        Map<Person, List<OfficialFinder.Mention>> groups = new LinkedHashMap<>();
        for (Person p : people) {
            if (!p.ambiguous) {
                groups.computeIfAbsent(p.root(), k -> new ArrayList<>()).addAll(p.mentions);
            }
        }
        Map<String, Official> out = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> firstIndex(e.getValue())))
                .map(e -> official(fullestName(e.getKey(), plainNames, byKey.keySet()), e.getValue(), home))
                .forEach(o -> out.putIfAbsent(o.key(), o));
        return new ArrayList<>(out.values());
    }

    /** The person's own name, or the one untitled name run it is a contiguous part of ("Bilawal" → full name). */
    private static List<String> fullestName(Person root, List<List<String>> plainNames, Set<String> titled) {
        List<String> own = root.mentions.get(0).name();
        List<String> found = null;
        Set<String> keys = new HashSet<>();
        for (List<String> plain : plainNames) {
            List<String> parts = OfficialKeys.parts(String.join(" ", plain));
            String key = String.join("-", parts);
            if (parts.size() > root.parts.size() && containsRun(parts, root.parts) && !titled.contains(key) && keys.add(key)) {
                found = plain;
            }
        }
        return keys.size() == 1 ? found : own;
    }

    private static void joinFuller(Person p, List<Person> people) {
        Set<Person> roots = new HashSet<>();
        for (Person fuller : people) {
            if (fuller.parts.size() > p.parts.size() && containsRun(fuller.parts, p.parts)
                    && !(p.parts.size() > 1 && differentOffices(p, fuller))) {
                roots.add(fuller.root());
            }
        }
        if (roots.size() == 1) {
            p.root = roots.iterator().next();
        } else if (roots.size() > 1) {
            p.ambiguous = true;
        }
    }

    /**
     * Whether {@code part} is a contiguous run of {@code whole}, not as a patronym: in "Hamdan bin Mohammed bin
     * Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum" is his father.
     */
    private static boolean containsRun(List<String> whole, List<String> part) {
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            boolean patronym = i > 0 && PATRONYMIC.contains(whole.get(i - 1));
            if (!patronym && whole.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two titled namings of a family: "former prime minister Nawaz Sharif" and "Chief Minister Maryam Nawaz Sharif"
     * hold different offices, so the shorter name is a different person, not a short form of the fuller one.
     */
    private static boolean differentOffices(Person shorter, Person fuller) {
        Set<String> a = offices(shorter);
        Set<String> b = offices(fuller);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.contains(y) || y.contains(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> offices(Person p) {
        Set<String> out = new HashSet<>();
        for (OfficialFinder.Mention m : p.mentions) {
            if (m.role() != null && !GENERIC_ROLES.contains(m.role())) {
                out.add(m.role().replace("Former ", ""));
            }
        }
        return out;
    }

    private static int firstIndex(List<OfficialFinder.Mention> mentions) {
        return mentions.stream().mapToInt(OfficialFinder.Mention::index).min().orElse(Integer.MAX_VALUE);
    }

    private static Official official(List<String> nameWords, List<OfficialFinder.Mention> mentions, Home home) {
        mentions.sort(Comparator.comparingInt(OfficialFinder.Mention::index));
        String role = null;
        String country = null;
        String fallback = null;
        for (OfficialFinder.Mention m : mentions) {
            if (m.role() != null && (role == null || (GENERIC_ROLES.contains(role) && !GENERIC_ROLES.contains(m.role())))) {
                role = m.role();
            }
            country = country == null ? m.country() : country;
            fallback = fallback == null ? m.defaultCountry() : fallback;
        }
        country = country != null ? country : fallback != null ? fallback : home.of(role);
        String name = displayName(nameWords);
        return new Official(OfficialKeys.key(name), name, role, country);
    }

    /** The name as written, with the abbreviation "Ch" spelt out so that it reads as the name it stands for. */
    private static String displayName(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.equals("Ch") ? "Chaudhry" : w);
        }
        return sb.toString();
    }
}
