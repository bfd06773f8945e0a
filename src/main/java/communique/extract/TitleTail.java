package communique.extract;

import java.util.List;

/**
 * Reads what may stand between a title and the name that follows it: "of the United Kingdom" (whose office),
 * "to the US" (where an envoy is posted, not whom they serve), "(NSA)", "ISPR", "Punjab", an institution.
 */
final class TitleTail {

    /** What follows a title: the country it names, and the token where a name may start. */
    record After(String country, int next) {
    }

    private final Lexicon lexicon = Lexicon.get();
    private final CountryGazetteer countries = CountryGazetteer.get();
    private final Organisations organisations = Organisations.get();

    /**
     * Steps over what may stand between a title and a name: "of Pakistan", "to the US", "on Afghanistan",
     * "for economic affairs", "in London", "of Punjab", "(NSA)", "ISPR", "Punjab", an institution ("Chairman Senate", "DG National Crime Agency").
     */
    After read(List<Token> tokens, int end) {
        String country = null;
        int j = end;
        for (int steps = 0; j < tokens.size() && steps < 4; steps++) {
            Token t = tokens.get(j);
            int afterPreposition = j + 1 < tokens.size() && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
            boolean preposition = t.is("of") || t.is("to") || t.is("for") || t.is("on");
            PhraseTable.Match<CountryGazetteer.Form> c = preposition ? countryAt(tokens, afterPreposition) : null;
            PhraseTable.Match<String> institution = t.is("of") ? organisations.at(tokens, afterPreposition) : null;
            if (institution != null) {
                country = country == null ? institution.value() : country;
                j = institution.end();
            } else if (c != null) {
                boolean attached = t.is("to") && attachedOffice(tokens, c.end()) > c.end();
                country = t.is("of") || attached ? c.value().code() : country;
                j = attached ? attachedOffice(tokens, c.end()) : c.end();
            } else if ((t.is("to") || t.is("for")) && postedTo(tokens, afterPreposition) > afterPreposition) {
                j = postedTo(tokens, afterPreposition);
            } else if ((t.is("for") || t.is("on")) && portfolioEnd(tokens, j + 1) > j + 1) {
                j = portfolioEnd(tokens, j + 1);
            } else if (t.text().equals("(")) {
                j = closing(tokens, j);
            } else if (isOfficeAcronym(tokens, j) || t.has(Lexicon.PLACE)) {
                j++;
            } else if (organisations.at(tokens, j) != null) {
                country = country == null ? organisations.at(tokens, j).value() : country;
                j = organisations.at(tokens, j).end();
            } else if (unitEnd(tokens, j) > j) {
                j = unitEnd(tokens, j);
            } else if ((t.is("in") || t.is("of") || t.is("to")) && j + 1 < tokens.size() && tokens.get(j + 1).has(Lexicon.PLACE)) {
                country = t.is("of") && country == null ? lexicon.countryOf(tokens.get(j + 1).lower()) : country;
                j += 2;
            } else if (t.is("of") && organisations.at(tokens, afterPreposition) != null) {
                country = country == null ? organisations.at(tokens, afterPreposition).value() : country;
                j = organisations.at(tokens, afterPreposition).end();
            } else if (t.is("of") && institutionEnd(tokens, afterPreposition) > afterPreposition) {
                country = country == null ? placeCountry(tokens, afterPreposition, institutionEnd(tokens, afterPreposition)) : country;
                j = institutionEnd(tokens, afterPreposition);
            } else if (institutionEnd(tokens, j) > j) {
                j = institutionEnd(tokens, j);
            } else if (t.is("and") && secondOfficeEnd(tokens, j + 1) > j + 1) {
                j = secondOfficeEnd(tokens, j + 1);
            } else {
                break;
            }
        }
        return new After(country, j);
    }

    /** "ISPR", "NCCIA" after "DG": the office, not the name. Two capitals may be initials ("JD Vance"). */
    private boolean isOfficeAcronym(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.isAllCaps() && t.text().length() >= 3 && countries.match(tokens, j) == null;
    }

    /**
     * "Director General Protocol and Hospitality Aamir Shouket", "Secretary Planning Awais Sumra": the unit an
     * office heads, named by capitalised portfolio words (and "and"), before the person; {@code k} when none.
     */
    private int unitEnd(List<Token> tokens, int k) {
        int end = k;
        for (int j = k; j < tokens.size() && j < k + 5; j++) {
            Token t = tokens.get(j);
            if (t.isCapitalised() && t.has(Lexicon.PORTFOLIO)) {
                end = j + 1;
            } else if (!(t.is("and") || t.text().equals("&")) || end == k) {
                break;
            }
        }
        return end;
    }

    /** End of a run of portfolio words from {@code k} ("economic affairs"); {@code k} when none. */
    private int portfolioEnd(List<Token> tokens, int k) {
        int end = k;
        int j = k;
        while (j < tokens.size() && (tokens.get(j).has(Lexicon.PORTFOLIO) || (j > k && tokens.get(j).text().equals(",")))) {
            j++;
            end = tokens.get(j - 1).text().equals(",") ? end : j;
        }
        return end;
    }

    /**
     * "Military Adviser to Saudi Arabia's Defence Minister Talal Al-Otaibi": the office an adviser is attached to
     * ("'s Defence Minister") belongs to the country before it and is not the person's own; its end, or {@code k}.
     */
    private int attachedOffice(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).text().equals("'s")) {
            return k;
        }
        Roles.RoleMatch office = Roles.get().match(tokens, k + 1);
        return office != null ? office.end() : k;
    }

    /** End of "UN", "United Nations", "Senate": an acronym or a capitalised run ending in an institution word. */
    private int postedTo(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isAllCaps() ? k + 1 : institutionEnd(tokens, k);
    }

    /**
     * "and Member of the Political Bureau of the CPC Central Committee": a second office named by its institution,
     * up to ten words of capitals and connectors ending in an institution word; {@code k} when none.
     */
    private int secondOfficeEnd(List<Token> tokens, int k) {
        int end = k;
        for (int j = k; j < tokens.size() && j < k + 10; j++) {
            Token t = tokens.get(j);
            if (!(t.isCapitalised() || t.is("of") || t.is("the") || t.is("and"))) {
                break;
            }
            end = t.has(Lexicon.ORG) ? j + 1 : end;
        }
        return end;
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

    /** The country of the first place word in tokens {@code [from, to)} ("the Dubai Civil Aviation Authority" → AE). */
    private String placeCountry(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String code = tokens.get(k).has(Lexicon.PLACE) ? lexicon.countryOf(tokens.get(k).lower()) : null;
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private PhraseTable.Match<CountryGazetteer.Form> countryAt(List<Token> tokens, int k) {
        return k < tokens.size() ? countries.match(tokens, k) : null;
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
