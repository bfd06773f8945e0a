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

    /** The entities of one article; never null, with empty lists when it names none. */
    public ExtractedArticle extract(Article article) {
        java.util.Objects.requireNonNull(article, "article");
        List<Token> tokens = Tokenizer.tokenize(article.body());
        List<CountryFinder.Mention> countryMentions = new ArrayList<>(countryFinder.find(headline(article)));
        countryMentions.addAll(countryFinder.find(tokens));
        String home = HomeCountry.of(countryMentions, tokens);
        List<Official> officials = merger.merge(officialFinder.find(tokens), officialFinder.plainNames(tokens), home);
        LocalDate date = article.date() != null ? article.date() : DateFinder.find(article.body());
        return new ExtractedArticle(article, date, officials, countries(countryMentions, home));
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
