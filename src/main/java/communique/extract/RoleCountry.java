package communique.extract;

import java.util.List;

/**
 * Reads the words around a title that say whose office it is: "British", "Pakistan's", "Punjab" before it;
 * "of the United Kingdom" after it; "to the US" (where an envoy is posted, not whom they serve) stepped over.
 */
final class RoleCountry {

    /** What follows a title: the country it names, and the token where a name may start. */
    record After(String country, int next) {
    }

    /** The title after an apposition comma, and the country named on the way ("the US deputy secretary"). */
    record Lead(Roles.RoleMatch role, String country) {
    }

    private static final int MAX_STEPS = 6;

    private final Roles roles = Roles.get();
    private final Lexicon lexicon = Lexicon.get();
    private final CountryGazetteer countries = CountryGazetteer.get();

    /** Country named just before the title, over modifiers such as "federal", "acting" and possessive 's. */
    String before(List<Token> tokens, int start) {
        int k = start - 1;
        for (int steps = 0; k >= 0 && steps < MAX_STEPS; steps++) {
            Token t = tokens.get(k);
            String code = countryEndingAt(tokens, k);
            if (code != null) {
                return code;
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

    /**
     * Steps over what may stand between a title and a name: "of Pakistan", "to the US", "on Afghanistan",
     * "for economic affairs", "in London", "of Punjab", "(NSA)", "ISPR", "Punjab", an institution ("Chairman Senate", "DG National Crime Agency").
     */
    After after(List<Token> tokens, int end) {
        String country = null;
        int j = end;
        for (int steps = 0; j < tokens.size() && steps < 3; steps++) {
            Token t = tokens.get(j);
            int afterPreposition = j + 1 < tokens.size() && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
            boolean preposition = t.is("of") || t.is("to") || t.is("for") || t.is("on");
            PhraseTable.Match<CountryGazetteer.Form> c = preposition ? countryAt(tokens, afterPreposition) : null;
            if (c != null) {
                country = t.is("of") ? c.value().code() : country;
                j = c.end();
            } else if ((t.is("to") || t.is("for")) && postedTo(tokens, afterPreposition) > afterPreposition) {
                j = postedTo(tokens, afterPreposition);
            } else if ((t.is("for") || t.is("on")) && portfolioEnd(tokens, j + 1) > j + 1) {
                j = portfolioEnd(tokens, j + 1);
            } else if (t.text().equals("(")) {
                j = closing(tokens, j);
            } else if (isOfficeAcronym(tokens, j) || t.has(Lexicon.PLACE)) {
                j++;
            } else if ((t.is("in") || t.is("of")) && j + 1 < tokens.size() && tokens.get(j + 1).has(Lexicon.PLACE)) {
                country = t.is("of") && country == null ? lexicon.countryOf(tokens.get(j + 1).lower()) : country;
                j += 2;
            } else if (institutionEnd(tokens, j) > j) {
                j = institutionEnd(tokens, j);
            } else {
                break;
            }
        }
        return new After(country, j);
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
            }
        }
        return null;
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

    /** "ISPR", "NCCIA" after "DG": the office, not the name. Two capitals may be initials ("JD Vance"). */
    private boolean isOfficeAcronym(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.isAllCaps() && t.text().length() >= 3 && countries.match(tokens, j) == null;
    }

    /** End of a run of portfolio words from {@code k} ("economic affairs"); {@code k} when none. */
    private int portfolioEnd(List<Token> tokens, int k) {
        int end = k;
        while (end < tokens.size() && tokens.get(end).has(Lexicon.PORTFOLIO)) {
            end++;
        }
        return end;
    }

    /** End of "UN", "United Nations", "Senate": an acronym or a capitalised run ending in an institution word. */
    private int postedTo(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isAllCaps() ? k + 1 : institutionEnd(tokens, k);
    }

    /** End of a capitalised run ending in an institution word ("Senate", "National Crime Agency"); else {@code k}. */
    private int institutionEnd(List<Token> tokens, int k) {
        int end = k;
        for (int j = k; j < tokens.size() && j < k + 4 && tokens.get(j).isCapitalised(); j++) {
            if (tokens.get(j).has(Lexicon.ORG)) {
                end = j + 1;
            }
        }
        return end;
    }

    private static int closing(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k <= open + 6; k++) {
            if (tokens.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return open + 1;
    }
}
