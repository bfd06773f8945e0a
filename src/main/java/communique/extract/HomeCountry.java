package communique.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a story's home country: whose office a bare title ("Interior Secretary Khurram Agha") belongs to.
 *
 * <p>The corpus is Pakistani diplomatic news, where Pakistani officials go without a nationality word and foreign
 * ones get one ("Chinese President Xi Jinping"). So Pakistan is home whenever it is mentioned at least half as often
 * as the most-mentioned country; otherwise the most-mentioned country is (ties: the first mentioned). A story
 * naming no country is Pakistani when it names a Pakistani place (Islamabad, Punjab), else it has no home.
 */
final class HomeCountry {

    private static final String PAKISTAN = "PK";

    private HomeCountry() {
    }

    static String of(List<CountryFinder.Mention> mentions, List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (CountryFinder.Mention m : mentions) {
            int n = counts.merge(m.code(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = m.code();
            }
        }
        if (best == null) {
            return namesPakistaniPlace(tokens) ? PAKISTAN : null;
        }
        int pakistan = counts.getOrDefault(PAKISTAN, 0);
        return pakistan > 0 && 2 * pakistan >= counts.get(best) ? PAKISTAN : best;
    }

    private static boolean namesPakistaniPlace(List<Token> tokens) {
        Lexicon lexicon = Lexicon.get();
        for (Token t : tokens) {
            if (t.isCapitalised() && lexicon.isPlace(t.lower()) && PAKISTAN.equals(lexicon.countryOf(t.lower()))) {
                return true;
            }
        }
        return false;
    }
}
