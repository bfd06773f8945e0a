package communique.extract.identity;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves a set of variants into identities, in three order-free steps. (1) Variants whose words have the same
 * skeletons are one person ("javed-zarif", "javad-zarif"). (2) A variant of two or more words that is a contiguous
 * run of a fuller one joins it when the fuller one only adds words after it ("maryam-nawaz" in
 * "maryam-nawaz-sharif") or common leading given names and honorifics before it ("ishaq-dar" in
 * "muhammad-ishaq-dar", "nisar-ali-khan" in "chaudhry-nisar-ali-khan"), never a patronym ("bin Rashid"): so
 * "nawaz-sharif" does not join "maryam-nawaz-sharif". (3) It joins only when exactly one fuller person contains it and
 * their countries do not disagree; otherwise it stays its own identity, because a wrong merge is worse than a split.
 */
final class Resolver {

    /** Words that a fuller form of a name may add in front: given names and honorifics commonly dropped in print. */
    private static final Set<String> DROPPABLE = Set.of("muhammad", "syed", "sheikh", "shaikh", "mian", "khawaja",
            "khwaja", "chaudhry", "sardar", "malik", "raja", "hafiz", "haji", "pir", "makhdoom", "mir", "agha",
            "sahibzada", "nawabzada", "maulana", "mullah", "mawlawi", "prince", "sultan", "amir");
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "binti");

    private final List<String> keys;
    private final List<IdentityRegistry.Variant> variants;
    private final int[] parent;

    Resolver(SortedMap<String, IdentityRegistry.Variant> byKey) {
        this.keys = new ArrayList<>(byKey.keySet());
        this.variants = new ArrayList<>(byKey.values());
        this.parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    Identities resolve() {
        joinSpellings();
        Map<String, List<Integer>> containers = containers();
        for (int s = 0; s < keys.size(); s++) {
            joinFuller(s, containers);
        }
        return build();
    }

    private void joinSpellings() {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer j = first.putIfAbsent(String.join("-", variants.get(i).form.skeleton()), i);
            if (j != null) {
                union(j, i);
            }
        }
    }

    /** Skeleton run → the variants containing it as a joinable run (not their whole name). */
    private Map<String, List<Integer>> containers() {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int f = 0; f < keys.size(); f++) {
            NameForm form = variants.get(f).form;
            for (int start = 0; start < form.size(); start++) {
                if (start > 0 && !joinableBefore(form, start)) {
                    break;
                }
                for (int end = start + 2; end <= form.size(); end++) {
                    if (end - start < form.size()) {
                        index.computeIfAbsent(String.join("-", form.skeleton().subList(start, end)), k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        return index;
    }

    /** Whether every word before {@code start} is droppable and the run does not follow "bin". */
    private static boolean joinableBefore(NameForm form, int start) {
        return DROPPABLE.contains(form.words().get(start - 1)) && !PATRONYMIC.contains(form.words().get(start - 1));
    }

    /** Joins variant {@code s} to the one fullest person containing it, if exactly one does and countries agree. */
    private void joinFuller(int s, Map<String, List<Integer>> containers) {
        Set<Integer> roots = new TreeSet<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(containers.getOrDefault(key(s), List.of()));
        while (!todo.isEmpty()) {
            int f = todo.pop();
            if (!seen.add(f)) {
                continue;
            }
            List<Integer> up = containers.getOrDefault(key(f), List.of());
            if (up.isEmpty() && agree(s, f)) {
                roots.add(find(f));
            }
            todo.addAll(up);
        }
        if (roots.size() == 1) {
            union(roots.iterator().next(), s);
        }
    }

    private String key(int i) {
        return String.join("-", variants.get(i).form.skeleton());
    }

    /** Countries do not disagree: one side has none, or they share one. */
    private boolean agree(int a, int b) {
        Set<String> ca = variants.get(a).countries.keySet();
        Set<String> cb = variants.get(b).countries.keySet();
        return ca.isEmpty() || cb.isEmpty() || !java.util.Collections.disjoint(ca, cb);
    }

    private Identities build() {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> canonicalOf = new HashMap<>();
        Map<String, Identity> byKey = new TreeMap<>();
        for (List<Integer> members : groups.values()) {
            Identity identity = identity(members);
            byKey.put(identity.key(), identity);
            members.forEach(m -> canonicalOf.put(keys.get(m), identity.key()));
        }
        return new Identities(canonicalOf, byKey);
    }

    /** The fullest variant names the person (most words, then the smallest key); the country most mentions gave. */
    private Identity identity(List<Integer> members) {
        int best = members.get(0);
        TreeSet<String> names = new TreeSet<>();
        TreeMap<String, Integer> roles = new TreeMap<>();
        TreeMap<String, Integer> countries = new TreeMap<>();
        for (int m : members) {
            IdentityRegistry.Variant v = variants.get(m);
            int size = v.form.size();
            int bestSize = variants.get(best).form.size();
            best = size > bestSize || (size == bestSize && keys.get(m).compareTo(keys.get(best)) < 0) ? m : best;
            names.addAll(v.names.keySet());
            v.roles.forEach((r, n) -> roles.merge(r, n, Integer::sum));
            v.countries.forEach((c, n) -> countries.merge(c, n, Integer::sum));
        }
        String country = null;
        for (Map.Entry<String, Integer> e : countries.entrySet()) {
            country = country == null || e.getValue() > countries.get(country) ? e.getKey() : country;
        }
        List<String> variantKeys = members.stream().map(keys::get).sorted().toList();
        return new Identity(keys.get(best), variants.get(best).names.firstKey(), variantKeys, List.copyOf(names),
                java.util.Collections.unmodifiableMap(roles), country);
    }

    private int find(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** Union by smaller index, so the result does not depend on the order of unions. */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
