package communique.extract;

import communique.article.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the date, officials and countries of an article. Thread-safe: one instance serves all indexing threads;
 * the gazetteers are loaded once per JVM and only read afterwards. One tokenisation pass per article, then hash
 * lookups over the tokens.
 */
public final class EntityExtractor {

    private final CountryFinder countryFinder = new CountryFinder();
    private final OfficialFinder officialFinder = new OfficialFinder();
    private final OfficialMerger merger = new OfficialMerger();
    private final CountryGazetteer gazetteer = CountryGazetteer.get();
    private final String homeCountry;

    /** An extractor for Pakistani press: bare national offices may be Pakistan's ({@link HomeCountry}). */
    public EntityExtractor() {
        this(HomeCountry.DEFAULT);
    }

    /**
     * An extractor for an outlet of {@code homeCountry} (ISO alpha-2, e.g. "PK"), or of no known state when null:
     * a bare national office then gets no country unless the text gives one.
     */
    public EntityExtractor(String homeCountry) {
        this.homeCountry = homeCountry == null || homeCountry.isBlank() ? null : homeCountry.strip().toUpperCase(java.util.Locale.ROOT);
        if (this.homeCountry != null && gazetteer.country(this.homeCountry) == null) {
            throw new IllegalArgumentException("unknown home country code: " + homeCountry + " (expected ISO 3166 alpha-2, e.g. PK)");
        }
    }

    /** The outlet state this extractor assumes, or null. */
    public String homeCountry() {
        return homeCountry;
    }

    /** The entities of one article; never null, with empty lists when it names none. */
    public ExtractedArticle extract(Article article) {
        java.util.Objects.requireNonNull(article, "article");
        // A story naming no country at all is domestic news of the outlet's state: "central" to it below.
        List<Token> tokens = Tokenizer.tokenize(article.body());
        List<CountryFinder.Mention> countryMentions = new ArrayList<>(countryFinder.find(headline(article)));
        countryMentions.addAll(countryFinder.find(tokens));
        String home = HomeCountry.of(countryMentions, tokens, homeCountry != null ? homeCountry : HomeCountry.DEFAULT);
        boolean central = home == null || home.equals(homeCountry);
        OfficialMerger.Home outletHome = new OfficialMerger.Home(homeCountry, central,
                filedAbroad(article) && !HomeCountry.isMentioned(homeCountry, countryMentions, tokens), filedAbroad(article));
        List<Official> officials = merger.merge(officialFinder.find(tokens), officialFinder.plainNames(tokens), outletHome);
        LocalDate date = article.date() != null ? article.date() : DateFinder.find(article.body());
        return new ExtractedArticle(article, date, officials, countries(countryMentions, home));
    }

    /**
     * Whether the dateline places the story in another country than the outlet's ("LONDON, May 9 (Reuters)"): its
     * bare "Prime Minister" is then as likely that country's, and no country is better than a guess.
     */
    private boolean filedAbroad(Article article) {
        if (article.place() == null) {
            return false;
        }
        String place = article.place().strip().toLowerCase(java.util.Locale.ROOT);
        String code = Lexicon.get().countryOf(place);
        for (String word : place.split("[ -]")) {
            code = code != null ? code : Lexicon.get().countryOf(word);
        }
        return code != null && !code.equals(homeCountry);
    }

    /**
     * The headline's tokens, searched for countries only: headlines are often in Title Case ("Naqvi Meets British
     * Envoy"), where capitals say nothing about names. Empty when the body begins with the headline.
     */
    private static List<Token> headline(Article article) {
        String title = article.title().strip();
        if (title.endsWith("\u2026")) {
            title = title.substring(0, title.length() - 1);
        }
        return article.body().strip().startsWith(title) ? List.of() : Tokenizer.tokenize(article.title());
    }

    /** Distinct countries: the home country first (the story's own), then the others in order of first mention. */
    private List<Country> countries(List<CountryFinder.Mention> mentions, String home) {
        Set<String> codes = new LinkedHashSet<>();
        for (CountryFinder.Mention m : mentions) {
            if (m.code().equals(home)) {
                codes.add(home);
            }
        }
        mentions.forEach(m -> codes.add(m.code()));
        List<Country> out = new ArrayList<>(codes.size());
        codes.forEach(code -> out.add(gazetteer.country(code)));
        return out;
    }
}
