package communique.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a person's name as a run of capitalised words beside a title: after it ("Minister Mohsin Naqvi") or before
 * an apposition comma ("Graeme Biggar, the director general"). Honorifics and ranks are stepped over, never kept.
 */
final class NameRuns {

    /**
     * Names with more words than this (not counting particles: "Hamdan bin Mohammed bin Rashid Al Maktoum" has six)
     * are taken to be something else (a list of names, a title-cased headline).
     */
    private static final int MAX_WORDS = 6;
    /** No name, particles included, is longer than this. */
    private static final int MAX_TOKENS = 10;

    /** A name found in the text: its words as written and the tokens {@code [start, end)} it spans. */
    record Run(List<String> words, int start, int end) {
    }

    private final Lexicon lexicon = Lexicon.get();
    private final CountryGazetteer countries = CountryGazetteer.get();
    private final Roles roles = Roles.get();

    /** The name starting at token {@code i} after any honorifics; a single word only when {@code allowSingle}. */
    Run after(List<Token> tokens, int i, boolean allowSingle) {
        int start = skipHonorifics(tokens, i);
        int k = start;
        List<String> words = new ArrayList<>();
        int content = 0;
        while (k < tokens.size() && content < MAX_WORDS && words.size() < MAX_TOKENS) {
            Token t = tokens.get(k);
            boolean opening = words.isEmpty() && (isInitials(tokens, k) || isChineseHe(tokens, k));
            if (isNamePart(t) || (isParticle(tokens, k) && !words.isEmpty()) || opening) {
                words.add(t.text());
                content += t.has(Lexicon.PARTICLE) ? 0 : 1;
            } else if (!(t.text().equals(".") && !words.isEmpty() && isInitial(tokens.get(k - 1)))) {
                break;
            }
            k++;
        }
        trimParticles(words);
        if (words.size() == 1 && start > i && tokens.get(start - 1).isCapitalised()
                && lexicon.isNameHonorific(tokens.get(start - 1).lower())) {
            words.add(0, tokens.get(start - 1).text());
            start--;
        }
        boolean tooShort = words.isEmpty() || (!allowSingle && words.size() < 2);
        boolean organisation = k < tokens.size() && tokens.get(k).has(Lexicon.ORG) && tokens.get(k).isCapitalised();
        return tooShort || organisation || namesCountry(tokens, start, k) ? null : new Run(words, start, k);
    }

    /** The name of two or more words ending just before token {@code end} (an apposition comma), or null. */
    Run before(List<Token> tokens, int end) {
        int k = end - 1;
        int content = 0;
        while (k >= 0 && content < MAX_WORDS && end - 1 - k < MAX_TOKENS && (isNamePart(tokens.get(k)) || isParticle(tokens, k))) {
            content += tokens.get(k).has(Lexicon.PARTICLE) ? 0 : 1;
            k--;
        }
        int start = k + 1;
        while (start < end && (tokens.get(start).has(Lexicon.HONORIFIC) || isParticle(tokens, start))) {
            start++;
        }
        if (end - start < 2 || (k >= 0 && tokens.get(k).has(Lexicon.ORG)) || namesCountry(tokens, start, end)) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Token t : tokens.subList(start, end)) {
            words.add(t.text());
        }
        return new Run(words, start, end);
    }

    /** Whether a country's name ("United Kingdom") starts inside tokens {@code [start, end)}. */
    private boolean namesCountry(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            PhraseTable.Match<CountryGazetteer.Form> m = countries.match(tokens, k);
            if (m != null && !m.value().guarded()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An untitled name of two or more words starting at token {@code k} (not inside a longer capitalised run, not
     * an organisation or a country), or null.
     */
    Run untitled(List<Token> tokens, int k) {
        if (!isPlainNamePart(tokens.get(k)) || (k > 0 && isNamePart(tokens.get(k - 1)) && !tokens.get(k).sentenceStart())) {
            return null;
        }
        Run run = after(tokens, k, false);
        if (run == null || run.start() != k) {
            return null;
        }
        for (int j = run.start(); j < run.end(); j++) {
            if (!(isPlainNamePart(tokens.get(j)) || tokens.get(j).has(Lexicon.PARTICLE))) {
                return null;
            }
        }
        return run;
    }

    /**
     * Every run of two or more name words in the text, with or without a title: not officials by themselves, but
     * the fuller form a titled short mention may stand for ("Foreign Minister Bilawal" ... "Bilawal Bhutto Zardari").
     */
    List<List<String>> plain(List<Token> tokens) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int k = 0; k <= tokens.size(); k++) {
            boolean part = k < tokens.size() && (isPlainNamePart(tokens.get(k)) || (!run.isEmpty() && isParticle(tokens, k)));
            if (part && run.size() < MAX_TOKENS) {
                run.add(tokens.get(k).text());
            } else {
                if (run.size() >= 2) {
                    runs.add(List.copyOf(run));
                }
                run.clear();
            }
        }
        return runs;
    }

    /**
     * Steps over "Lt Gen (retd)", "Dr.", "Lord", "Syed" and a second title ("army chief Field Marshal Asim Munir",
     * "Federal Minister Senator Sherry Rehman"): words that precede a name but are not part of it.
     */
    int skipHonorifics(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            boolean honorific = t.has(Lexicon.HONORIFIC) && t.isCapitalised();
            boolean abbreviationDot = t.text().equals(".") && k > 0 && isAbbreviation(tokens.get(k - 1));
            boolean retired = t.text().equals("(") || t.text().equals(")") || t.is("retd");
            Roles.RoleMatch secondTitle = honorific || !t.isCapitalised() ? null : roles.match(tokens, k);
            if (secondTitle != null && secondTitle.end() > k) {
                k = secondTitle.end();
                continue;
            }
            if (!(honorific || abbreviationDot || (retired && k > i))) {
                return k;
            }
            k++;
        }
        return k;
    }

    /** A name word that is no part of a title, portfolio or honorific: "Crown Prince Mohammed" yields "Mohammed". */
    private boolean isPlainNamePart(Token t) {
        return isNamePart(t) && !t.has(Lexicon.HONORIFIC | Lexicon.PORTFOLIO) && !roles.isRoleWord(t.lower());
    }

    /** Could be part of a person's name: capitalised, or an initial, and not a known non-name word. */
    boolean isNamePart(Token t) {
        if (!(t.isTitleCase() || isInitial(t))) {
            return false;
        }
        return !t.has(Lexicon.STOP | Lexicon.ORG | Lexicon.PLACE | Lexicon.COUNTRY);
    }

    private boolean isParticle(List<Token> tokens, int k) {
        return tokens.get(k).has(Lexicon.PARTICLE) && k + 1 < tokens.size() && isNamePart(tokens.get(k + 1));
    }

    private void trimParticles(List<String> words) {
        while (!words.isEmpty() && lexicon.isParticle(Lexicon.lower(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
    }

    /** "Dr", "Lt", "Sen": their full stop does not end the title. */
    private boolean isAbbreviation(Token t) {
        return t.has(Lexicon.HONORIFIC) || t.is("sen") || t.is("rep");
    }

    /** "JD Vance", "SM Zafar": two capitals opening a name, followed by a name word; not a country ("US"). */
    private boolean isInitials(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.text().length() == 2 && t.isAllCaps() && k + 1 < tokens.size() && isNamePart(tokens.get(k + 1))
                && countries.part(t.text()) == null;
    }

    /** "Vice Premier He Lifeng": right after a title, "He" before a name word is a surname, not the pronoun. */
    private boolean isChineseHe(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("He") && k + 1 < tokens.size() && isNamePart(tokens.get(k + 1));
    }

    private static boolean isInitial(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }
}
