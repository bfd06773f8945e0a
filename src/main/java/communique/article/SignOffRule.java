package communique.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips an agency or desk sign-off from the end of the story ("…field of education.—TLTP", "— APP", "– Reuters",
 * "(Reuters)", "/INP", "/Dawn/") and credit lines ("Reporting by …; Editing by …"), keeping the sentence before it
 * whole. A dash or slash followed by one capitalised word counts as a sign-off only right after closing punctuation
 * (so "…said the minister – Khan" would need a known agency name); a known agency counts after any word.
 */
final class SignOffRule implements FurnitureRule {

    private static final String AGENCY = "(?:APP|AFP|AP|Reuters|INP|PPI|NNI|Agencies|Agency|Xinhua|DAWN|Dawn|PR|Online|TLTP|IANS|PTI|ANI|UNI"
            + "|WAM|SPA|KUNA|Anadolu|AA|IRNA|TASS|Tass|dpa|DPA|Bloomberg|AFP/APP|Reuters/AFP"
            + "|Web Desk|News Desk|Monitoring Desk|Sports Desk|Staff Reporter|Staff Report|Our Correspondent|Our Staff Reporter)";
    private static final String WORD = "(?:" + AGENCY + "|\\p{Lu}[\\p{L}]{1,14}|\\p{Lu}{2,8})";
    private static final Pattern AFTER_PUNCTUATION = Pattern.compile(
            "(?<=[.!?\"”’')\\]])\\s*(?:[—–-]{1,2}\\s*" + WORD + "(?:/" + WORD + ")?|/\\s*" + WORD + "\\s*/?|\\(\\s*" + WORD + "\\s*\\))\\s*$");
    private static final Pattern KNOWN_AGENCY = Pattern.compile(
            "\\s*(?:[—–-]{1,2}\\s*" + AGENCY + "|/" + AGENCY + "/?|\\(" + AGENCY + "\\))\\s*$");
    private static final Pattern SIGN_OFF_LINE = Pattern.compile("[—–-]*\\s*[(/]?\\s*" + WORD + "\\s*[)/]?\\s*");
    private static final Pattern CREDIT_LINE = Pattern.compile("\\(?\\s*(?:(?:additional )?reporting|writing|editing|compiled|written|edited)"
            + " by\\b.{0,300}|\\(?\\s*with (?:additional )?inputs? from\\b.{0,100}|(?:source|sources|courtesy|editor)\\s*:\\s*.{1,80}",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_PASSES = 3;
    /** Sign-offs and credit lines are short; only the end of a long last paragraph is searched. */
    private static final int TAIL_CHARS = 200;
    private static final int MAX_CREDIT_LINE = 400;

    @Override
    public List<StoryLine> apply(List<StoryLine> lines) {
        List<StoryLine> out = new ArrayList<>(lines);
        for (int pass = 0; pass < MAX_PASSES && !out.isEmpty(); pass++) {
            int last = out.size() - 1;
            String line = out.get(last).text();
            if (out.size() > 1 && line.length() <= MAX_CREDIT_LINE
                    && (SIGN_OFF_LINE.matcher(line).matches() || CREDIT_LINE.matcher(line).matches())) {
                out.remove(last);
                continue;
            }
            String stripped = stripTail(line);
            if (stripped.equals(line)) {
                break;
            }
            out.set(last, new StoryLine(stripped));
        }
        return out;
    }

    private static String stripTail(String line) {
        if (!endsLikeSignOff(line)) {
            return line;
        }
        for (Pattern p : List.of(AFTER_PUNCTUATION, KNOWN_AGENCY)) {
            Matcher m = p.matcher(line).region(Math.max(0, line.length() - TAIL_CHARS), line.length()).useTransparentBounds(true);
            if (m.find() && m.start() > 0) {
                return line.substring(0, m.start()).stripTrailing();
            }
        }
        return line;
    }

    /**
     * Whether the line ends as every sign-off pattern does: in a letter, "/" or ")" before trailing spaces. A story's
     * last paragraph usually ends in a full stop, and then the tail patterns (a search at each of the last
     * {@value #TAIL_CHARS} positions) need not run.
     */
    private static boolean endsLikeSignOff(String line) {
        int end = line.length();
        while (end > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        int last = line.codePointBefore(end);
        return Character.isLetter(last) || last == '/' || last == ')';
    }
}
