package communique.bench;

import communique.extract.Country;
import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the extractor against the generator's truth, over a sample of articles. Officials match
 * by canonical key (the extractor's key, or its name folded the same way as ours, since a key may fold spelling
 * variants); countries by ISO code. Micro-averaged: every entity counts once.
 */
final class ExtractionScore {

    /** Counts of one entity kind. */
    record Counts(long truePositives, long predicted, long actual) {

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return actual == 0 ? 0 : (double) truePositives / actual;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, predicted + other.predicted, actual + other.actual);
        }
    }

    /** Officials and countries apart, and both together (the figure the JSON line reports). */
    record Result(long articles, Counts officials, Counts countries) {

        Counts all() {
            return officials.plus(countries);
        }
    }

    private ExtractionScore() {
    }

    static Result measure(Path corpus, Path truth, int sample) throws IOException {
        Map<String, CorpusFiles.Truth> truths = new HashMap<>();
        CorpusFiles.readTruths(truth, sample, t -> truths.put(t.id(), t));
        EntityExtractor extractor = new EntityExtractor();
        long[] officials = new long[3];
        long[] countries = new long[3];
        long[] articles = {0};
        CorpusFiles.readArticles(corpus, sample, article -> {
            CorpusFiles.Truth t = truths.get(article.id());
            if (t == null) {
                throw new IllegalStateException("no truth for article " + article.id());
            }
            ExtractedArticle found = extractor.extract(article);
            Set<String> trueKeys = Set.copyOf(t.officialKeys());
            tally(officialKeys(found, trueKeys), trueKeys, officials);
            tally(countryCodes(found), Set.copyOf(t.countries()), countries);
            articles[0]++;
        });
        return new Result(articles[0], counts(officials), counts(countries));
    }

    /** Each found official as the true key it matches, by its key or by its folded name, else its own key. */
    private static Set<String> officialKeys(ExtractedArticle found, Set<String> trueKeys) {
        Set<String> keys = new HashSet<>();
        for (Official o : found.officials()) {
            String byKey = NamePool.foldKey(o.key());
            String byName = o.name() == null ? byKey : NamePool.foldKey(o.name());
            keys.add(trueKeys.contains(byKey) || !trueKeys.contains(byName) ? byKey : byName);
        }
        return keys;
    }

    private static Set<String> countryCodes(ExtractedArticle found) {
        Set<String> codes = new HashSet<>();
        for (Country c : found.countries()) {
            codes.add(c.code());
        }
        return codes;
    }

    private static void tally(Set<String> predicted, Set<String> actual, long[] counts) {
        for (String p : predicted) {
            if (actual.contains(p)) {
                counts[0]++;
            }
        }
        counts[1] += predicted.size();
        counts[2] += actual.size();
    }

    private static Counts counts(long[] c) {
        return new Counts(c[0], c[1], c[2]);
    }

}
