package communique.extract;

import java.util.List;

/**
 * Reads the words around a title that say whose office it is: "British", "Pakistan's", "Punjab" before it, or
 * for an apposition, the nationality on the way to the title and a country later in its clause ("in the United
 * Kingdom"). What directly follows a title before a name is {@link TitleTail}'s job.
 */
final class RoleCountry {

    /** The title after an apposition comma, and the country named on the way ("the US deputy secretary"). */
    record Lead(Roles.RoleMatch role, String country) {
    }

    private static final int MAX_STEPS = 6;

    private final Roles roles = Roles.get();
    private final Lexicon lexicon = Lexicon.get();
    private final CountryGazetteer countries = CountryGazetteer.get();
    private final Organisations organisations = Organisations.get();

    /** Country named just before the title, over modifiers such as "federal", "acting" and possessive 's. */
    String before(List<Token> tokens, int start) {
        int k = start - 1;
        for (int steps = 0; k >= 0 && steps < MAX_STEPS; steps++) {
            Token t = tokens.get(k);
            String code = countryEndingAt(tokens, k);
            if (code != null) {
                return code;
            }
            String institution = organisations.endingAt(tokens, k);
            if (institution != null) {
                return institution;
            }
            boolean modifier = t.has(Lexicon.MODIFIER) || t.has(Lexicon.PLACE);
            if (modifier && lexicon.countryOf(t.lower()) != null) {
                return lexicon.countryOf(t.lower());
            }
            if (!(modifier || t.text().equals("'s"))) {
                return null;
            }
            k--;
        }
        return null;
    }

    /** After an apposition comma: fillers, nationality words and one capitalised word, then a title. */
    Lead lead(List<Token> tokens, int from) {
        String country = null;
        int j = from;
        int capitalised = 0;
        for (int steps = 0; j < tokens.size() && steps < MAX_STEPS; steps++) {
            Roles.RoleMatch r = roles.match(tokens, j);
            if (r != null) {
                return new Lead(r, country);
            }
            Token t = tokens.get(j);
            PhraseTable.Match<CountryGazetteer.Form> c = countries.match(tokens, j);
            if (c != null) {
                country = c.value().code();
                j = c.end();
                continue;
            }
            PhraseTable.Match<String> institution = organisations.at(tokens, j);
            if (institution != null) {
                country = country == null ? institution.value() : country;
                j = institution.end();
                continue;
            }
            String named = lexicon.countryOf(t.lower());
            country = named != null && t.has(Lexicon.MODIFIER) ? named : country;
            boolean skippable = t.has(Lexicon.FILLER) || t.has(Lexicon.MODIFIER) || t.text().equals("'s");
            if (!skippable && !(t.isCapitalised() && t.isWord() && capitalised++ == 0)) {
                break;
            }
            j++;
        }
        return new Lead(null, null);
    }

    /** "director general of the National Crime Agency (NCA) in the United Kingdom": a country later in the clause. */
    String tail(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + 12; j++) {
            Token t = tokens.get(j);
            if (t.text().equals(",") || t.text().equals(".") || t.isBreak() || t.is("who")) {
                return null;
            }
            if (t.is("of") || t.is("in")) {
                int k = j + 1 < tokens.size() && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
                PhraseTable.Match<CountryGazetteer.Form> c = countryAt(tokens, k);
                if (c != null) {
                    return c.value().code();
                }
                PhraseTable.Match<String> institution = organisations.at(tokens, k);
                if (institution != null) {
                    return institution.value();
                }
                String place = t.is("of") && k < tokens.size() && tokens.get(k).has(Lexicon.PLACE)
                        ? lexicon.countryOf(tokens.get(k).lower()) : null;
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /**
     * Whether the title starting at {@code start} is held no longer: "former" or "ex-" among the few words before it
     * ("former US Special Envoy", "ex-prime minister"). Not "then", which is as often "and then Premier Li".
     */
    boolean former(List<Token> tokens, int start) {
        for (int k = start - 1; k >= 0 && k >= start - MAX_STEPS; k--) {
            Token t = tokens.get(k);
            if (t.is("former") || t.is("ex-") || t.is("ex")) {
                return true;
            }
            boolean skippable = t.has(Lexicon.MODIFIER) || t.has(Lexicon.PLACE) || t.has(Lexicon.COUNTRY) || t.is("the")
                    || t.text().equals("'s") || countries.part(t.text()) != null;
            if (!skippable) {
                return false;
            }
        }
        return false;
    }

    private PhraseTable.Match<CountryGazetteer.Form> countryAt(List<Token> tokens, int k) {
        return k < tokens.size() ? countries.match(tokens, k) : null;
    }

    /** A country form of one to three words ending at token {@code k}. */
    private String countryEndingAt(List<Token> tokens, int k) {
        for (int len = 1; len <= 3 && k - len + 1 >= 0; len++) {
            PhraseTable.Match<CountryGazetteer.Form> m = countries.match(tokens, k - len + 1);
            if (m != null && m.end() == k + 1 && !m.value().guarded()) {
                return m.value().code();
            }
        }
        return null;
    }
}
