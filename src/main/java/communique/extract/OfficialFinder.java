package communique.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds office holders the way wire copy names them: a title before a name ("British High Commissioner Jane
 * Marriott", "the foreign minister, Ishaq Dar"), a peerage or rank before a name ("Lord Wajid Khan", "Lt Gen (retd)
 * Nasser Janjua"), or a title in apposition after it ("Graeme Biggar, the director general of ..."). Nothing is
 * taken from a list of people: a name is only ever a capitalised run beside such a trigger.
 */
final class OfficialFinder {

    /**
     * One naming of an official.
     *
     * @param name           the name's words as written, without honorifics
     * @param index          token position, for order of first mention
     * @param role           normalised role, or null
     * @param country        country given by the text (nationality word, "of the United Kingdom"), or null
     * @param defaultCountry country the role implies ("Secretary of State" → US), or null
     */
    record Mention(List<String> name, int index, String role, String country, String defaultCountry) {
    }

    private final Roles roles = Roles.get();
    private final Lexicon lexicon = Lexicon.get();
    private final NameRuns names = new NameRuns();
    private final RoleCountry roleCountry = new RoleCountry();
    private final TitleTail titleTail = new TitleTail();

    /** Runs of name words anywhere in the text, for {@link OfficialMerger} to complete short names from. */
    List<List<String>> plainNames(List<Token> tokens) {
        return names.plain(tokens);
    }

    List<Mention> find(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = titleAt(tokens, i, found);
        }
        for (int c = 0; c < tokens.size(); c++) {
            if (tokens.get(c).text().equals(",")) {
                appositionAt(tokens, c, found);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::index));
        return found;
    }

    /** A title or trigger honorific at {@code i} followed by a name; returns where to continue. */
    private int titleAt(List<Token> tokens, int i, List<Mention> found) {
        Roles.RoleMatch r = compound(tokens, roles.match(tokens, i));
        if (r != null) {
            TitleTail.After after = titleTail.read(tokens, r.end());
            int j = after.next();
            boolean comma = j < tokens.size() && tokens.get(j).text().equals(",");
            NameRuns.Run run = names.after(tokens, comma ? j + 1 : j, !comma);
            String country = after.country() != null ? after.country() : roleCountry.before(tokens, r.start());
            if (run == null) {
                run = laterName(tokens, r, country);
                if (run == null) {
                    return r.end();
                }
            }
            String role = r.role() != null ? r.role() : counterpartRole(found, r.start());
            found.add(new Mention(run.words(), run.start(), marked(role, tokens, r.start()), country, r.defaultCountry()));
            return Math.max(run.end(), r.end());
        }
        Token t = tokens.get(i);
        if (t.isCapitalised() && t.has(Lexicon.TRIGGER)) {
            NameRuns.Run run = names.after(tokens, i, true);
            if (run != null) {
                String honour = lexicon.honorificCountry(t.lower());
                found.add(new Mention(run.words(), run.start(), null, roleCountry.before(tokens, i), honour));
                return run.end();
            }
        }
        return i + 1;
    }

    /** "X, the British High Commissioner," / "X, who is now the Prime Minister of United Kingdom". */
    private void appositionAt(List<Token> tokens, int comma, List<Mention> found) {
        NameRuns.Run run = names.before(tokens, comma);
        if (run == null) {
            return;
        }
        RoleCountry.Lead lead = roleCountry.lead(tokens, comma + 1);
        Roles.RoleMatch r = lead.role();
        if (r == null) {
            return;
        }
        TitleTail.After after = titleTail.read(tokens, r.end());
        if (names.after(tokens, after.next(), true) != null) {
            return;
        }
        String country = lead.country() != null ? lead.country() : roleCountry.tail(tokens, r.end());
        found.add(new Mention(run.words(), run.start(), marked(r.role(), tokens, r.start()), country, r.defaultCountry()));
    }

    /**
     * "Crown Prince and Prime Minister", "State Councilor and Foreign Minister": a second title joined by "and"
     * before the name is one compound office; the nationality before the first title serves both.
     */
    private Roles.RoleMatch compound(List<Token> tokens, Roles.RoleMatch r) {
        Roles.RoleMatch out = r;
        while (out != null && out.role() != null && out.end() + 1 < tokens.size() && tokens.get(out.end()).is("and")) {
            int k = out.end() + 1;
            while (k < tokens.size() && tokens.get(k).isCapitalised() && tokens.get(k).has(Lexicon.PORTFOLIO)
                    && roles.match(tokens, k) == null) {
                k++;
            }
            Roles.RoleMatch second = k < tokens.size() ? roles.match(tokens, k) : null;
            if (second == null || second.role() == null) {
                break;
            }
            String country = out.defaultCountry() != null ? out.defaultCountry() : second.defaultCountry();
            String words = k > out.end() + 1 ? joined(tokens, out.end() + 1, k) + " " : "";
            out = new Roles.RoleMatch(out.start(), second.end(), out.role() + " and " + words + second.role(), country);
        }
        return out;
    }

    /**
     * "Iran's foreign minister arrived on Tuesday. This is the first visit of Abbas Araghchi to Pakistan": an
     * office named without its holder, with a nationality and a determiner ("the", "'s"), whose holder is the first
     * untitled name later in that sentence or the next. Only for a specific office with a country, so that "the
     * prime minister" is not given to whoever is named next.
     */
    private NameRuns.Run laterName(List<Token> tokens, Roles.RoleMatch r, String country) {
        boolean determined = r.start() > 0 && (tokens.get(r.start() - 1).is("the") || tokens.get(r.start() - 1).text().equals("'s")
                || (r.start() > 1 && tokens.get(r.start() - 2).is("the")));
        if (r.role() == null || country == null || !determined || tokens.get(r.start()).isCapitalised()) {
            return null;
        }
        int sentences = 0;
        for (int k = r.end(); k < tokens.size() && k < r.end() + 40; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(".") || t.text().equals("?") || t.text().equals("!") || t.isBreak()) {
                if (++sentences == 2) {
                    return null;
                }
            } else if (roles.match(tokens, k) != null || t.has(Lexicon.TRIGGER)) {
                return null;
            } else {
                NameRuns.Run run = names.untitled(tokens, k);
                if (run != null) {
                    return run;
                }
            }
        }
        return null;
    }

    /** "her Indian counterpart Narendra Modi": the office of the official named just before, in the same clause. */
    private static String counterpartRole(List<Mention> found, int at) {
        if (found.isEmpty()) {
            return null;
        }
        Mention last = found.get(found.size() - 1);
        return at - last.index() <= 20 ? last.role() : null;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens.subList(from, to)) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        return sb.toString();
    }

    /** The role, marked "Former" when the text says the office is no longer held. */
    private String marked(String role, List<Token> tokens, int start) {
        return role != null && roleCountry.former(tokens, start) ? "Former " + role : role;
    }
}
