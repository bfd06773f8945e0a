package communique.extract.facts;

import communique.extract.Official;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every reference to the article's officials outside quotation marks (words inside a quotation are the
 * speaker's, not the writer's naming of a participant): names and their short forms, roles after a determiner
 * ("the minister", "Pakistan's interior minister"), and the pronouns he and she. One pass over the words.
 */
final class MentionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Words between a determiner and a role that are not part of it ("the visiting British minister"). */
    private static final Set<String> MODIFIERS = Set.of("visiting", "federal", "caretaker", "then", "new", "acting",
            "vice");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "lord", "lady", "sir", "dame",
            "gen", "general", "prof", "baroness", "senator", "minister", "secretary", "ambassador", "envoy", "dg", "prince",
            "princess", "king", "queen", "sheikh", "sheikha", "emir", "president", "premier", "chancellor", "justice",
            "commissioner", "representative", "spokesperson", "spokesman", "adviser", "advisor", "governor", "chairman");

    private final FactLexicon lexicon = FactLexicon.get();

    List<Mention> find(BodyText text, List<Word> words, List<Official> officials) {
        NameForms names = new NameForms(officials);
        RoleForms roles = new RoleForms(officials);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            int next = i + 1;
            if (text.quoteAround(w.start()) == null) {
                NameForms.Form f = w.capitalised() ? names.at(words, i, text.body) : null;
                RoleForms.Match r = f == null ? roleAt(words, i, text.body, roles) : null;
                if (f != null && (f.words().size() > 1 || !partOfOtherName(words, i, text.body))) {
                    out.add(new Mention(w.start(), words.get(i + f.words().size() - 1).end(), f.official()));
                    next = i + f.words().size();
                } else if (r != null) {
                    out.add(new Mention(w.start(), words.get(i + r.words() - 1).end(), r.official()));
                    next = i + r.words();
                } else if (PRONOUNS.contains(w.text().toLowerCase(Locale.ROOT))) {
                    out.add(new Mention(w.start(), w.end(), null));
                }
            }
            i = next;
        }
        return out;
    }

    /** A role after a determiner, possibly with a nationality or modifier between: "the British Home Secretary". */
    private RoleForms.Match roleAt(List<Word> words, int i, String body, RoleForms roles) {
        String country = null;
        int j = i - 1;
        while (j >= 0 && i - j <= 3) {
            Word d = words.get(j);
            String lower = d.text().toLowerCase(Locale.ROOT);
            String c = lexicon.country(d.stem());
            if (DETERMINERS.contains(lower) || (c != null && d.possessive())) {
                country = country != null ? country : c;
                RoleForms.Match m = roles.at(words, i, body, country);
                return m != null && !nameFollows(words, i + m.words()) ? m : null;
            }
            if (c != null) {
                country = c;
            } else if (!MODIFIERS.contains(lower)) {
                return null;
            }
            j--;
        }
        return null;
    }

    /** A capitalised word after a role is the name it titles; the role is not used in place of a name. */
    private static boolean nameFollows(List<Word> words, int after) {
        return after < words.size() && words.get(after).capitalised() && !words.get(after).text().equals("I");
    }

    /**
     * "Imran Khan" is not the article's "Wajid Khan", nor "Muhammad Ali" its "Muhammad Aurangzeb": a single name word
     * right after or before another capitalised word is part of another name.
     */
    private static boolean partOfOtherName(List<Word> words, int i, String body) {
        if (i + 1 < words.size()) {
            Word next = words.get(i + 1);
            if (next.capitalised() && body.substring(words.get(i).end(), next.start()).equals(" ")
                    && !words.get(i).possessive()) {
                return true;
            }
        }
        if (i == 0) {
            return false;
        }
        Word prev = words.get(i - 1);
        boolean adjacent = body.substring(prev.end(), words.get(i).start()).equals(" ");
        String lower = prev.text().toLowerCase(Locale.ROOT);
        return adjacent && prev.capitalised() && !HONORIFICS.contains(lower)
                && FactLexicon.get().role(lower) == null && FactLexicon.get().country(prev.stem()) == null;
    }
}
