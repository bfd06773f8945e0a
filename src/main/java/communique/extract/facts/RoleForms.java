package communique.extract.facts;

import communique.extract.Official;

import java.util.List;
import java.util.Locale;

/**
 * Resolves a role used in place of a name ("the interior minister", "the British Home Secretary", "the
 * spokesperson") to one of the article's officials: the one holding that normalised role, else one whose role has
 * the same head word ("the minister" → "Interior Minister"), narrowed by a nationality given with it; among
 * several, the first mentioned, who is the story's subject far more often than not.
 */
final class RoleForms {

    private final FactLexicon lexicon = FactLexicon.get();
    private final List<Official> officials;

    RoleForms(List<Official> officials) {
        this.officials = officials;
    }

    /** A role phrase of words {@code [i, i + n)} for the longest n, as {@code {n}} plus its official, or null. */
    Match at(List<Word> words, int i, String body, String country) {
        int max = Math.min(lexicon.longestRole() + 1, words.size() - i);
        for (int n = max; n >= 1; n--) {
            String form = phrase(words, i, n, body);
            if (form == null) {
                continue;
            }
            Official o = resolve(form, country);
            if (o != null) {
                return new Match(n, o);
            }
        }
        return null;
    }

    /** Words {@code [i, i + n)} joined by single spaces, lower case; null when punctuation separates them. */
    private static String phrase(List<Word> words, int i, int n, String body) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            Word w = words.get(i + k);
            if (k > 0) {
                if (!body.substring(words.get(i + k - 1).end(), w.start()).isBlank()) {
                    return null;
                }
                sb.append(' ');
            }
            sb.append((k == n - 1 ? w.stem() : w.text()).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private Official resolve(String form, String country) {
        String role = lexicon.role(form);
        if (role == null) {
            role = officialRole(form);
        }
        if (role == null || role.equalsIgnoreCase("counterpart")) {
            return null;
        }
        Official exact = first(role, country, false);
        if (exact == null && role.equalsIgnoreCase("envoy")) {
            // "the envoy" is how copy refers to an ambassador or high commissioner named just before
            exact = first("Ambassador", country, false);
            exact = exact != null ? exact : first("High Commissioner", country, false);
        }
        return exact != null ? exact : first(role, country, true);
    }

    /** An official's own role written out ("minister for faith and communities"), or its head word ("secretary"). */
    private String officialRole(String form) {
        for (Official o : officials) {
            if (o.role() != null && (o.role().equalsIgnoreCase(form) || head(o.role()).equalsIgnoreCase(form))) {
                return o.role();
            }
        }
        return null;
    }

    private Official first(String role, String country, boolean byHead) {
        Official any = null;
        for (Official o : officials) {
            if (o.role() == null) {
                continue;
            }
            boolean same = byHead ? head(o.role()).equalsIgnoreCase(head(role)) : o.role().equalsIgnoreCase(role);
            if (same && (country == null || country.equals(o.country()))) {
                return o;
            }
            if (same && any == null) {
                any = o;
            }
        }
        return country == null ? any : null;
    }

    /** The head word of a role: "Interior Minister" → "Minister", "Minister for Faith" → "Minister". */
    static String head(String role) {
        String[] w = role.split(" ");
        int of = java.util.Arrays.asList(w).indexOf("for");
        int ofOf = java.util.Arrays.asList(w).indexOf("of");
        int cut = of > 0 ? of : ofOf > 0 ? ofOf : w.length;
        return w[cut - 1];
    }

    record Match(int words, Official official) {
    }
}
