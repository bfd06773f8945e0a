package communique.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides a story's home country: whose office a bare title ("Interior Secretary Khurram Agha") belongs to.
 *
 * <p>The corpus is Pakistani diplomatic news, where Pakistani officials go without a nationality word and foreign
 * ones get one ("Chinese President Xi Jinping"). So Pakistan is home whenever it is mentioned at least half as often
 * as the most-mentioned country; otherwise the most-mentioned country is (ties: the first mentioned). Places count
 * as mentions of their country here (Lahore, Punjab, London), though they never make a country "involved".
 */
final class HomeCountry {

    private static final String PAKISTAN = "PK";

    private HomeCountry() {
    }

    static String of(List<CountryFinder.Mention> mentions, List<Token> tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        mentions.forEach(m -> counts.merge(m.code(), 1, Integer::sum));
        Lexicon lexicon = Lexicon.get();
        for (Token t : tokens) {
            if (t.isCapitalised() && t.has(Lexicon.PLACE) && lexicon.countryOf(t.lower()) != null) {
                counts.merge(lexicon.countryOf(t.lower()), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            best = best == null || e.getValue() > counts.get(best) ? e.getKey() : best;
        }
        int pakistan = counts.getOrDefault(PAKISTAN, 0);
        if (pakistan > 0 && 2 * pakistan >= counts.get(best)) {
            return PAKISTAN;
        }
        return best;
    }
}
