package communique.web;

import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.search.TestIndexes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One address of every kind of page the site serves, and a fixture index on which each of them shows what it is
 * for: the seed-like five (facets, chips, a did-you-mean), 30 "talks" articles (three pages of results) and one
 * article long enough to be shown in three parts.
 */
final class PageTypes {

    /** Page type -> path and query. */
    static final Map<String, String> ALL = all();

    private PageTypes() {
    }

    private static Map<String, String> all() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("results", "/search?q=pakistan");
        pages.put("results-filtered", "/search?q=pakistan&country=GB&official=mohsin-naqvi&from=2025&to=2025");
        pages.put("zero-results", "/search?q=gaza");
        pages.put("zero-results-filtered", "/search?q=gaza&country=GB");
        pages.put("did-you-mean", "/search?q=Nakvi");
        pages.put("paged", "/search?q=talks&page=2");
        pages.put("past-last-page", "/search?q=talks&page=9");
        pages.put("article", "/article/naqvi-wajid?q=cooperation&country=GB");
        pages.put("article-part-2", "/article/long-record?part=2");
        pages.put("official", "/official/mohsin-naqvi");
        pages.put("country", "/country/GB");
        pages.put("search-error-400", "/search?q=%22unclosed");
        pages.put("error-400", "/article/naqvi-wajid?part=abc");
        pages.put("error-404", "/article/no-such-article");
        pages.put("no-route-404", "/no/such/page");
        return pages;
    }

    static List<ExtractedArticle> articles() {
        List<ExtractedArticle> articles = new ArrayList<>(TestIndexes.seedLike());
        for (int i = 1; i <= 30; i++) {
            Official envoy = new Official("envoy-" + i, "Envoy Number" + i, "Special Envoy", "PK");
            articles.add(TestIndexes.extracted("talks-" + i, "Talks round " + i, "Envoy talks on trade, round " + i
                    + ".", LocalDate.of(2024, 1 + i % 12, 1 + i % 28), "KARACHI", List.of(envoy),
                    List.of(TestIndexes.PK, TestIndexes.US)));
        }
        StringBuilder body = new StringBuilder();
        for (int i = 1; body.length() < 120_000; i++) {
            body.append("Paragraph ").append(i).append(": Interior Minister Mohsin Naqvi and the United Kingdom's"
                    + " delegation went through the corridor agreement clause by clause, recording every objection"
                    + " and every reply for the minutes of the joint working group.\n\n");
        }
        articles.add(TestIndexes.extracted("long-record", "The full record of the corridor talks", body.toString(),
                LocalDate.of(2024, 6, 1), "ISLAMABAD", List.of(TestIndexes.NAQVI),
                List.of(TestIndexes.PK, TestIndexes.GB)));
        return articles;
    }
}
