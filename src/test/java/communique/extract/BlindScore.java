package communique.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the blind set the way an analyst sees the facets: an official is found only with the exact name; role and
 * country are judged on the officials found; identities are judged across the whole set (an expected person whose
 * mentions carry two resolved keys is fragmented; a resolved key carried by two expected people is conflated);
 * furniture strings are counted wherever they survive in a title or body.
 */
final class BlindScore {

    int tp;
    int fp;
    int fn;
    int rolesRight;
    int countriesRight;
    int titlesRight;
    int titles;
    int furniture;
    int fragmented;
    int conflated;
    final StringBuilder details = new StringBuilder();

    /**
     * @param keys for each case, the resolved identity key of each extracted official (parallel to its officials)
     */
    static BlindScore of(List<BlindSet.Case> cases, List<ExtractedArticle> got, List<List<String>> keys) {
        BlindScore s = new BlindScore();
        Map<String, Set<String>> keysOfPerson = new TreeMap<>();
        Map<String, Set<String>> peopleOfKey = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            s.article(cases.get(i), got.get(i), keys.get(i), keysOfPerson, peopleOfKey);
        }
        keysOfPerson.forEach((person, ks) -> {
            if (ks.size() > 1) {
                s.fragmented++;
                s.details.append("  fragmented ").append(person).append(" -> ").append(ks).append('\n');
            }
        });
        peopleOfKey.forEach((key, people) -> {
            if (people.size() > 1) {
                s.conflated++;
                s.details.append("  conflated ").append(key).append(" <- ").append(people).append('\n');
            }
        });
        return s;
    }

    private void article(BlindSet.Case c, ExtractedArticle got, List<String> keys,
                         Map<String, Set<String>> keysOfPerson, Map<String, Set<String>> peopleOfKey) {
        String id = c.file().getFileName().toString();
        Map<String, Integer> byName = new HashMap<>();
        for (int k = 0; k < got.officials().size(); k++) {
            byName.putIfAbsent(got.officials().get(k).name(), k);
        }
        Set<String> wanted = new TreeSet<>();
        for (BlindExpected.Person w : c.want().officials()) {
            wanted.add(w.name());
            Integer k = byName.get(w.name());
            if (k == null) {
                fn++;
                details.append("  ").append(id).append(" missed ").append(w.name()).append('\n');
                continue;
            }
            tp++;
            Official o = got.officials().get(k);
            boolean role = w.roleRight(o.role());
            boolean country = w.countryRight(o.country());
            rolesRight += role ? 1 : 0;
            countriesRight += country ? 1 : 0;
            if (!role || !country) {
                details.append(String.format("  %s %s: want %s | %s got %s | %s%n", id, w.name(), w.roles(),
                        w.country(), o.role(), o.country()));
            }
            keysOfPerson.computeIfAbsent(w.identity(), x -> new TreeSet<>()).add(keys.get(k));
            peopleOfKey.computeIfAbsent(keys.get(k), x -> new TreeSet<>()).add(w.identity());
        }
        for (Official o : got.officials()) {
            if (!wanted.contains(o.name())) {
                fp++;
                details.append(String.format("  %s extra %s | %s | %s%n", id, o.name(), o.role(), o.country()));
            }
        }
        furnitureAndTitle(c, got, id);
    }

    private void furnitureAndTitle(BlindSet.Case c, ExtractedArticle got, String id) {
        titles++;
        if (c.want().title().equals(got.article().title())) {
            titlesRight++;
        } else {
            details.append("  ").append(id).append(" title <").append(got.article().title()).append(">\n");
        }
        for (String f : c.want().furniture()) {
            if (got.article().title().contains(f) || got.article().body().contains(f)) {
                furniture++;
                details.append("  ").append(id).append(" furniture kept: ").append(f).append('\n');
            }
        }
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double roleAccuracy() {
        return tp == 0 ? 0 : (double) rolesRight / tp;
    }

    double countryAccuracy() {
        return tp == 0 ? 0 : (double) countriesRight / tp;
    }

    String summary() {
        return String.format("officials exact-name P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | role %.3f (%d/%d) | "
                        + "country %.3f (%d/%d) | fragmented %d conflated %d | furniture %d | titles %d/%d",
                precision(), recall(), f1(), tp, fp, fn, roleAccuracy(), rolesRight, tp, countryAccuracy(),
                countriesRight, tp, fragmented, conflated, furniture, titlesRight, titles);
    }
}
