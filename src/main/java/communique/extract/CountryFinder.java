package communique.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every mention of a country: names, short forms, demonyms and hyphenated compounds ("Pak-US",
 * "Afghan-owned"), skipping regions and look-alikes ("Indian Ocean", "New Mexico") and guarded words used as
 * a person's name ("Senator Chad Whitaker", "Georgia Marsh").
 */
final class CountryFinder {

    /** A country named at token {@code index}. */
    record Mention(String code, int index) {
    }

    private final CountryGazetteer gazetteer = CountryGazetteer.get();
    private final Roles roles = Roles.get();

    List<Mention> find(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = findAt(tokens, i, found);
        }
        return found;
    }

    /** Records what starts at token {@code i} and returns the index after it. */
    private int findAt(List<Token> tokens, int i, List<Mention> found) {
        Token t = tokens.get(i);
        if (!t.isCapitalised()) {
            return i + 1;
        }
        PhraseTable.Match<Boolean> not = gazetteer.notCountry(tokens, i);
        if (not != null) {
            return not.end();
        }
        PhraseTable.Match<CountryGazetteer.Form> m = gazetteer.match(tokens, i);
        if (m != null) {
            if (!m.value().guarded() || !namesPerson(tokens, i, m.end())) {
                found.add(new Mention(m.value().code(), i));
            }
            return m.end();
        }
        if (t.text().indexOf('-') > 0) {
            compound(t.text(), i, found);
        }
        return i + 1;
    }

    /**
     * "Pak-US", "China-Pakistan", "Sino-Pak": every part a country. "Afghan-owned", "US-led": a country and
     * lower-case words. "Indo-Pacific" and "Georgia-born" name no country.
     */
    private void compound(String text, int index, List<Mention> found) {
        String[] parts = text.split("-");
        List<String> codes = new ArrayList<>();
        boolean restLower = true;
        for (int p = 0; p < parts.length; p++) {
            CountryGazetteer.Form f = gazetteer.part(parts[p]);
            if (f != null && !f.guarded()) {
                codes.add(f.code());
            }
            restLower &= p == 0 || (!parts[p].isEmpty() && Character.isLowerCase(parts[p].charAt(0)));
        }
        CountryGazetteer.Form first = gazetteer.part(parts[0]);
        if (codes.size() == parts.length) {
            codes.stream().distinct().forEach(code -> found.add(new Mention(code, index)));
        } else if (restLower && first != null && !first.guarded() && !first.combining()) {
            found.add(new Mention(first.code(), index));
        }
    }

    /**
     * A guarded word (Jordan, Chad, Georgia) beside a title or another name word is a person's name; after
     * "Atlanta," it is a US state.
     */
    private boolean namesPerson(List<Token> tokens, int start, int end) {
        if (start > 0) {
            Token prev = tokens.get(start - 1);
            if (prev.has(Lexicon.HONORIFIC) || (roles.isTitleWord(prev.lower()) && prev.isCapitalised())) {
                return true;
            }
            if (!tokens.get(start).sentenceStart() && isNameWord(prev)) {
                return true;
            }
            boolean afterCityComma = prev.text().equals(",") && start > 1 && isNameWord(tokens.get(start - 2));
            if (afterCityComma) {
                return true;
            }
        }
        return end < tokens.size() && isNameWord(tokens.get(end));
    }

    private boolean isNameWord(Token t) {
        return t.isTitleCase() && !t.has(Lexicon.STOP | Lexicon.ORG | Lexicon.PLACE | Lexicon.COUNTRY);
    }
}
