package communique.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlet's own state (a setting, {@code --home-country}, default PK) and the story's main country.
 *
 * <p>Pakistani press names Pakistani officials without a nationality word and foreign ones with one ("Chinese
 * President Xi Jinping"), so a bare national office ("Interior Secretary Khurram Agha") may be the home country's,
 * but only in a story that names the home country or one of its places: a wire story from Beijing that never
 * mentions Pakistan gives its bare offices no country at all. The most-mentioned country is never an official's
 * country; {@link #of} only orders the countries involved (the story's own first).
 */
final class HomeCountry {

    private static final String PAKISTAN = "PK";
    /** The default outlet state: the archive is Pakistani diplomatic news. */
    static final String DEFAULT = PAKISTAN;

    private HomeCountry() {
    }

    /** Whether the text names {@code home}, as a country or one of its places (Lahore, Punjab). */
    static boolean isMentioned(String home, List<CountryFinder.Mention> mentions, List<Token> tokens) {
        if (home == null) {
            return false;
        }
        for (CountryFinder.Mention m : mentions) {
            if (m.code().equals(home)) {
                return true;
            }
        }
        Lexicon lexicon = Lexicon.get();
        for (Token t : tokens) {
            if (t.isCapitalised() && t.has(Lexicon.PLACE) && home.equals(lexicon.countryOf(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The story's main country: {@code home} when it is mentioned at least half as often as the most-mentioned
     * country, else the most-mentioned one (ties: the first mentioned). Orders the countries involved, and says
     * whether a bare national office may be the home country's; never an official's country by itself.
     */
    static String of(List<CountryFinder.Mention> mentions, List<Token> tokens, String home) {
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
        int atHome = counts.getOrDefault(home, 0);
        if (atHome > 0 && 2 * atHome >= counts.get(best)) {
            return home;
        }
        return best;
    }
}
