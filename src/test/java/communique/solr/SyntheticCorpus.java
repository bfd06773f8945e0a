package communique.solr;

import communique.article.Article;
import communique.extract.Country;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus of extracted articles with dates, officials, roles, countries and places, so both
 * backends can be compared on every facet (the bundled sample has five articles and no entities yet).
 */
final class SyntheticCorpus {

    static final List<Official> OFFICIALS = List.of(
            new Official("mohsin-naqvi", "Mohsin Naqvi", "Interior Minister", "PK"),
            new Official("ishaq-dar", "Ishaq Dar", "Foreign Minister", "PK"),
            new Official("david-lammy", "David Lammy", "Foreign Secretary", "GB"),
            new Official("jane-marriott", "Jane Marriott", "High Commissioner", "GB"),
            new Official("antony-blinken", "Antony Blinken", "Secretary of State", "US"),
            new Official("wang-yi", "Wang Yi", "Foreign Minister", "CN"),
            new Official("s-jaishankar", "S. Jaishankar", "External Affairs Minister", "IN"),
            new Official("annalena-baerbock", "Annalena Baerbock", "Foreign Minister", "DE"),
            new Official("hakan-fidan", "Hakan Fidan", "Foreign Minister", "TR"),
            new Official("nasser-janjua", "Nasser Janjua", "National Security Adviser", "PK"),
            new Official("sergey-lavrov", "Sergey Lavrov", "Foreign Minister", "RU"),
            new Official("penny-wong", "Penny Wong", "Foreign Minister", "AU"));
    static final List<Country> COUNTRIES = List.of(new Country("PK", "Pakistan"), new Country("GB", "United Kingdom"),
            new Country("US", "United States"), new Country("CN", "China"), new Country("IN", "India"),
            new Country("DE", "Germany"), new Country("TR", "Turkey"), new Country("RU", "Russia"),
            new Country("AU", "Australia"), new Country("AF", "Afghanistan"), new Country("IR", "Iran"),
            new Country("SA", "Saudi Arabia"));
    static final List<String> PLACES = List.of("ISLAMABAD", "LONDON", "WASHINGTON", "BEIJING", "NEW DELHI", "BERLIN",
            "ANKARA", "GENEVA");
    private static final String[] WORDS = ("talks trade security border agreement summit minister ministers meeting "
            + "cooperation sanctions sanctioned energy pipeline visit visited embassy envoy ceasefire peace treaty "
            + "delegation officials negotiations negotiated counterterrorism refugees aid loan investment tariffs "
            + "exports imports climate water dispute corridor railway port defence exercise naval nuclear "
            + "inspection election parliament statement spokesman bilateral multilateral council resolution vote "
            + "crisis humanitarian convoy airport visa students scholarship hospital vaccine flood relief debt "
            + "currency bank reserve oil gas grid solar wind dam river valley mountain highway bridge tunnel "
            + "cable satellite cyber drone missile army police court judge verdict appeal protest rally strike "
            + "union farmers wheat rice cotton textile factory jobs growth inflation budget tax reform").split(" ");

    private SyntheticCorpus() {
    }

    static List<ExtractedArticle> articles(int count, long seed) {
        Random random = new Random(seed);
        List<ExtractedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, random));
        }
        return articles;
    }

    private static ExtractedArticle article(int i, Random random) {
        List<Official> officials = pick(OFFICIALS, random.nextInt(4), random);
        Set<Country> countries = new LinkedHashSet<>();
        for (Official o : officials) {
            countries.add(COUNTRIES.stream().filter(c -> c.code().equals(o.country())).findFirst().orElseThrow());
        }
        countries.addAll(pick(COUNTRIES, random.nextInt(3), random));
        StringBuilder body = new StringBuilder();
        for (Official o : officials) {
            body.append(o.role()).append(' ').append(o.name()).append(" said. ");
        }
        body.append(words(40 + random.nextInt(80), random));
        LocalDate date = random.nextInt(10) == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
        String place = random.nextInt(5) == 0 ? null : PLACES.get(random.nextInt(PLACES.size()));
        String id = String.format("syn-%04d", i);
        Article article = new Article(id, capitalised(words(4 + random.nextInt(5), random)), body.toString(), date,
                place, "synthetic/" + id + ".txt", i % 3 == 0 ? "https://example.org/" + id : null);
        return new ExtractedArticle(article, date, officials, List.copyOf(countries));
    }

    private static String words(int n, Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < n; w++) {
            text.append(w == 0 ? "" : random.nextInt(12) == 0 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1, text.length() - 1);
    }

    private static <T> List<T> pick(List<T> from, int n, Random random) {
        Set<T> picked = new LinkedHashSet<>();
        while (picked.size() < n) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return List.copyOf(picked);
    }
}
