package communique.extract;

import communique.extract.identity.Identities;
import communique.extract.identity.Identity;
import communique.extract.identity.IdentityRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind set, scored per official (exact name, role, country) and per identity across the whole set, twice: as
 * each article's extraction gives it, and as the facets would show it once the identity registry is wired (the
 * canonical key, and the identity's country where the article gives none). The floors are the figures achieved
 * where the target is not met (docs/extraction.md says which and why).
 */
class BlindSetTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void scoresTheBlindSet() {
        List<BlindSet.Case> cases = BlindSet.cases();
        List<ExtractedArticle> got = cases.stream().map(c -> extractor.extract(c.article())).toList();
        BlindScore perArticle = BlindScore.of(cases, got, got.stream().map(a -> a.officials().stream().map(Official::key).toList()).toList());
        Identities identities = registry(got).resolve();
        List<ExtractedArticle> shown = got.stream().map(a -> withIdentity(a, identities)).toList();
        BlindScore s = BlindScore.of(cases, shown, shown.stream().map(a -> a.officials().stream().map(Official::key).toList()).toList());
        System.out.println("blind set (" + cases.size() + " articles), per article: " + perArticle.summary());
        System.out.println("blind set (" + cases.size() + " articles), with identities: " + s.summary());
        System.out.print(s.details);
        if (System.getProperty("blind.batches", "").isBlank()) {
            assertThat(cases).hasSize(40);
            assertThat(s.f1()).as("officials F1, exact names").isGreaterThanOrEqualTo(0.95);
            assertThat(s.roleAccuracy()).as("role accuracy").isGreaterThanOrEqualTo(0.95);
            assertThat(s.countryAccuracy()).as("country accuracy (target 0.97, floor achieved)").isGreaterThanOrEqualTo(COUNTRY_FLOOR);
            assertThat(s.fragmented).as("identities fragmented").isZero();
            assertThat(s.conflated).as("identities conflated").isZero();
            assertThat(s.furniture).as("furniture strings in titles or bodies").isZero();
            assertThat(s.titlesRight).as("titles").isEqualTo(s.titles);
        }
    }

    /** The target is 0.97; this is what the rules achieve (docs/extraction.md). */
    private static final double COUNTRY_FLOOR = 0.97;

    @Test
    void identitiesAreTheSameInAnyArticleOrder() {
        List<ExtractedArticle> got = new ArrayList<>(BlindSet.cases().stream().map(c -> extractor.extract(c.article())).toList());
        java.util.Map<String, String> first = registry(got).resolve().aliases();
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(got, random);
            assertThat(registry(got).resolve().aliases()).isEqualTo(first);
        }
    }

    static IdentityRegistry registry(List<ExtractedArticle> articles) {
        IdentityRegistry registry = new IdentityRegistry();
        articles.forEach(a -> a.officials().forEach(registry::add));
        return registry;
    }

    /** The article as the facets show it: canonical keys, and the identity's country where the article has none. */
    static ExtractedArticle withIdentity(ExtractedArticle a, Identities identities) {
        List<Official> officials = new ArrayList<>();
        for (Official o : a.officials()) {
            Identity id = identities.identity(o.key());
            String country = o.country() != null || id == null ? o.country() : id.country();
            officials.add(new Official(identities.canonical(o.key()), o.name(), o.role(), country));
        }
        return new ExtractedArticle(a.article(), a.date(), officials, a.countries());
    }
}
