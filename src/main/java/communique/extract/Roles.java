package communique.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles and offices from roles.tsv, with their normalised role and the country whose office it is by default.
 * Adds two generic forms the table cannot list: a minister's portfolio before ("Planning Minister") or after
 * ("Minister for Faith and Communities").
 */
final class Roles {

    /** A title in the text: tokens {@code [start, end)}; role null for a trigger such as "counterpart". */
    record RoleMatch(int start, int end, String role, String defaultCountry) {
    }

    private record Entry(String role, String country) {
    }

    /** Roles that take a portfolio after "for", "of" or "on". */
    private static final Set<String> TAKES_PORTFOLIO = Set.of(
            "Minister", "Federal Minister", "Minister of State", "Secretary of State", "Adviser",
            "Special Assistant to the Prime Minister", "Adviser to the Prime Minister", "Deputy Minister", "Special Envoy", "Minister of State for Foreign Affairs");

    private final PhraseTable<Entry> table = new PhraseTable<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> roleWords = new HashSet<>();
    private final Set<String> withoutHome = new HashSet<>();
    private final Set<String> homeOffices = new HashSet<>();
    private final Lexicon lexicon = Lexicon.get();

    private static final class Holder {
        static final Roles INSTANCE = new Roles();
    }

    static Roles get() {
        return Holder.INSTANCE;
    }

    private Roles() {
        for (String[] row : Tsv.read("roles.tsv")) {
            String role = "-".equals(row[1]) || "Counterpart".equals(row[1]) ? null : row[1];
            table.add(row[0], new Entry(role, row.length > 2 && !row[2].isEmpty() ? row[2] : null));
            List<String> words = Lexicon.words(row[0]);
            titleWords.add(Lexicon.lower(words.get(words.size() - 1)));
            words.forEach(w -> roleWords.add(Lexicon.lower(w)));
        }
        Tsv.read("roles-without-home.tsv").forEach(row -> withoutHome.add(row[0]));
        Tsv.read("home-offices.tsv").forEach(row -> homeOffices.add(row[0] + "\t" + row[1]));
    }

    /** Whether the role is one of the home state's own offices (home-offices.tsv), "Former" or not. */
    boolean isHomeOffice(String home, String role) {
        if (role == null) {
            return false;
        }
        String office = role.startsWith("Former ") ? role.substring("Former ".length()) : role;
        return homeOffices.contains(home + "\t" + office);
    }

    /**
     * Whether a role with no country in the text may be the outlet's home country's ("Interior Secretary"), as
     * opposed to an office posted abroad, a generic spokesperson or one the home state lacks (roles-without-home.tsv).
     * A compound role takes home only if each of its parts does; "Former" does not change the office.
     */
    boolean takesHome(String role) {
        if (role == null) {
            return true;
        }
        String office = role.startsWith("Former ") ? role.substring("Former ".length()) : role;
        for (String part : office.split(" and ")) {
            if (withoutHome.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word ends a title ("minister", "senator"): a capitalised word after it is a name. */
    boolean isTitleWord(String lower) {
        return titleWords.contains(lower);
    }

    /** Whether the word belongs to some title ("crown", "deputy", "staff"): never part of an untitled name run. */
    boolean isRoleWord(String lower) {
        return roleWords.contains(lower);
    }

    /** The title starting at token {@code i}, or null. */
    RoleMatch match(List<Token> tokens, int i) {
        PhraseTable.Match<Entry> m = table.match(tokens, i);
        if (m == null) {
            return null;
        }
        Entry e = m.value();
        if (tokens.get(i).is("minister") && m.end() < tokens.size() && continuesPortfolio(tokens, m.end())) {
            RoleMatch listed = withPortfolioAfter(tokens, new RoleMatch(i, i + 1, "Minister", e.country()));
            if (listed != null) {
                return listed;
            }
        }
        RoleMatch base = new RoleMatch(i, m.end(), e.role(), e.country());
        if (e.role() != null && TAKES_PORTFOLIO.contains(e.role())) {
            RoleMatch after = withPortfolioAfter(tokens, base);
            return after != null ? after : withPortfolioBefore(tokens, base);
        }
        return base;
    }

    /** "Minister for Faith and Communities", "Minister of Commerce" (→ "Commerce Minister"). */
    private RoleMatch withPortfolioAfter(List<Token> tokens, RoleMatch base) {
        int j = base.end();
        if (j + 1 >= tokens.size() || !(tokens.get(j).is("for") || tokens.get(j).is("of") || tokens.get(j).is("on"))) {
            return null;
        }
        int end = j + 1;
        int lastContent = -1;
        while (end < tokens.size() && (tokens.get(end).has(Lexicon.PORTFOLIO) || isListComma(tokens, end))) {
            if (!isConnector(tokens.get(end)) && !tokens.get(end).text().equals(",")) {
                lastContent = end;
            }
            end++;
        }
        if (lastContent < 0 || !tokens.get(firstContent(tokens, j + 1)).isCapitalised()) {
            return null;
        }
        List<Token> object = tokens.subList(j + 1, lastContent + 1);
        String role = object.size() == 1 && base.role().endsWith("Minister") && !base.role().contains(" of ")
                ? titleCase(object.get(0).text()) + " Minister"
                : base.role().replaceFirst("^Federal ", "") + " " + tokens.get(j).lower() + " " + join(object);
        return new RoleMatch(base.start(), lastContent + 1, role, base.defaultCountry());
    }

    /** "Planning Minister", "Railways Minister": portfolio words just before a bare "minister". */
    private RoleMatch withPortfolioBefore(List<Token> tokens, RoleMatch base) {
        if (!"Minister".equals(base.role())) {
            return base;
        }
        int start = base.start();
        while (start > 0 && tokens.get(start - 1).has(Lexicon.PORTFOLIO) && !isConnector(tokens.get(start - 1))) {
            start--;
        }
        if (start == base.start()) {
            return base;
        }
        StringBuilder role = new StringBuilder();
        for (Token t : tokens.subList(start, base.start())) {
            role.append(titleCase(t.text())).append(' ');
        }
        return new RoleMatch(start, base.end(), role + "Minister", base.defaultCountry());
    }

    /** "Minister for Planning" going on ", Development and ...": the table's phrase is only the list's start. */
    private static boolean continuesPortfolio(List<Token> tokens, int k) {
        return isListComma(tokens, k) || (tokens.get(k).is("and") && k + 1 < tokens.size() && tokens.get(k + 1).has(Lexicon.PORTFOLIO)
                && tokens.get(k + 1).isCapitalised());
    }

    /** "Planning, Development and Special Initiatives": a comma between two portfolio words. */
    private static boolean isListComma(List<Token> tokens, int k) {
        return tokens.get(k).text().equals(",") && k + 1 < tokens.size() && tokens.get(k + 1).has(Lexicon.PORTFOLIO)
                && k > 0 && tokens.get(k - 1).has(Lexicon.PORTFOLIO);
    }

    private int firstContent(List<Token> tokens, int from) {
        int k = from;
        while (isConnector(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private static boolean isConnector(Token t) {
        return t.is("and") || t.is("the") || t.is("&");
    }

    private static String join(List<Token> words) {
        StringBuilder sb = new StringBuilder();
        for (Token t : words) {
            sb.append(sb.length() == 0 || t.text().equals(",") ? "" : " ").append(t.text());
        }
        return sb.toString();
    }

    private static String titleCase(String w) {
        return w.isEmpty() || PhraseTable.isAcronym(w) ? w : Character.toUpperCase(w.charAt(0)) + Lexicon.lower(w.substring(1));
    }
}
