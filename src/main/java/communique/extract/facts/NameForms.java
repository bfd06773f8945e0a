package communique.extract.facts;

import communique.extract.Official;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways an article refers to its officials by name: the full name, the last word alone ("Naqvi"), the first word
 * alone (a family name written first: "Mao", "Ambassador Jiang") and the first or last two words of a longer name
 * ("Chaudhry Nisar", "Bhutto Zardari"). A short form two officials share ("Khan") refers to neither.
 * Indexed by first word, so that the body is scanned once whatever the number of officials.
 */
final class NameForms {

    /** One way of writing an official's name, as words. */
    record Form(List<String> words, Official official) {
    }

    /** Short words that open sentences: never a name on their own, whoever is called "He Lifeng". */
    private static final java.util.Set<String> COMMON = java.util.Set.of("he", "she", "it", "we", "as", "at", "in", "on",
            "so", "to", "no", "do", "by", "an", "or", "if", "of", "is", "be", "us", "my", "me", "up", "mr", "dr", "the");

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    NameForms(List<Official> officials) {
        Map<String, Official> shortForms = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Official o : officials) {
            List<String> words = List.of(o.name().split("\\s+"));
            add(new Form(words, o));
            for (List<String> s : shortForms(words)) {
                String k = String.join(" ", s);
                Official before = shortForms.putIfAbsent(k, o);
                if (before != null && !before.key().equals(o.key())) {
                    ambiguous.put(k, true);
                }
            }
        }
        shortForms.forEach((k, o) -> {
            if (!ambiguous.containsKey(k)) {
                add(new Form(List.of(k.split(" ")), o));
            }
        });
    }

    private static List<List<String>> shortForms(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        if (words.size() >= 2 && words.get(words.size() - 1).length() >= 3) {
            out.add(words.subList(words.size() - 1, words.size()));
        }
        if (words.size() >= 2 && words.get(0).length() >= 2 && !COMMON.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
            out.add(words.subList(0, 1));
        }
        if (words.size() >= 3) {
            out.add(words.subList(0, 2));
            out.add(words.subList(words.size() - 2, words.size()));
        }
        return out;
    }

    private void add(Form f) {
        byFirstWord.computeIfAbsent(f.words().get(0), k -> new ArrayList<>()).add(f);
    }

    /** The longest form starting at word {@code i}, or null. */
    Form at(List<Word> words, int i, String body) {
        List<Form> candidates = byFirstWord.get(words.get(i).stem());
        Form best = null;
        if (candidates == null) {
            return null;
        }
        for (Form f : candidates) {
            if ((best == null || f.words().size() > best.words().size()) && matches(f, words, i, body)) {
                best = f;
            }
        }
        return best;
    }

    private static boolean matches(Form f, List<Word> words, int i, String body) {
        int n = f.words().size();
        if (i + n > words.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Word w = words.get(i + k);
            String want = f.words().get(k);
            boolean last = k == n - 1;
            if (!(last ? w.stem().equals(want) : w.text().equals(want))) {
                return false;
            }
            if (k > 0 && !body.substring(words.get(i + k - 1).end(), w.start()).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
