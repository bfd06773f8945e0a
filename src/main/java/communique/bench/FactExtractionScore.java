package communique.bench;

import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.extract.facts.ArticleFacts;
import communique.extract.facts.FactExtractor;
import communique.extract.facts.Meeting;
import communique.extract.facts.Participant;
import communique.extract.facts.Quote;
import communique.extract.facts.QuoteKind;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Meetings and quotes found against the generator's truth ({@link EventTruth}), over a sample of articles.
 * Meetings: precision and recall of the unordered participant pairs of each article; for true meetings whose pairs
 * were all found, whether kind, date, place and sides agree. Quotes: direct quotes with the true text and speaker,
 * over true quotes plus direct quotes found that no true quote has (the generator's own reported-speech sentences
 * carry no truth, so reported speech is not scored here). Officials match as in {@link ExtractionScore}.
 */
final class FactExtractionScore {

    /** Counts summed over the sample. */
    record Result(long articles, long pairsRight, long pairsFound, long pairsTrue, long meetingsMatched,
                  long attributesRight, long quotesRight, long quotesTrue, long quotesInvented, long pairsMissedUpstream) {

        double pairF1() {
            double p = pairsFound == 0 ? 1 : (double) pairsRight / pairsFound;
            double r = pairsTrue == 0 ? 1 : (double) pairsRight / pairsTrue;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double quoteAccuracy() {
            long all = quotesTrue + quotesInvented;
            return all == 0 ? 1 : (double) quotesRight / all;
        }

        String describe() {
            return String.format(Locale.ROOT, "facts on %d articles: meeting pairs %d right of %d found, %d true, F1 %.3f;"
                            + " kind, date, place and sides right on %d of %d matched meetings; direct quotes %d right of %d"
                            + " true, %d invented, accuracy %.3f; %d missed pairs name an official the entity extractor"
                            + " did not find", articles, pairsRight, pairsFound, pairsTrue, pairF1(),
                    attributesRight, meetingsMatched, quotesRight, quotesTrue, quotesInvented, quoteAccuracy(),
                    pairsMissedUpstream);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FactExtractionScore() {
    }

    static Result measure(Path corpus, Path truth, int sample) throws IOException {
        Map<String, EventTruth> truths = readTruths(truth, sample);
        EntityExtractor entities = new EntityExtractor();
        FactExtractor facts = new FactExtractor();
        long[] c = new long[10];
        CorpusFiles.readArticles(corpus, sample, article -> {
            EventTruth t = Objects.requireNonNull(truths.get(article.id()), () -> "no truth for article " + article.id());
            ExtractedArticle found = entities.extract(article);
            score(t, found, facts.extract(article, found), c);
            c[0]++;
        });
        return new Result(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    }

    private static void score(EventTruth t, ExtractedArticle found, ArticleFacts got, long[] c) {
        Set<String> trueKeys = new HashSet<>();
        t.meetings().forEach(m -> m.participants().forEach(p -> trueKeys.add(p.key())));
        t.quotes().forEach(q -> trueKeys.add(q.speaker()));
        Set<String> truePairs = new HashSet<>();
        t.meetings().forEach(m -> truePairs.addAll(pairs(m.participants().stream().map(EventTruth.Party::key).toList())));
        Set<String> foundPairs = new HashSet<>();
        got.meetings().forEach(m -> foundPairs.addAll(pairs(m.participants().stream().map(p -> key(p, trueKeys)).toList())));
        c[2] += foundPairs.size();
        c[3] += truePairs.size();
        foundPairs.retainAll(truePairs);
        c[1] += foundPairs.size();
        Set<String> officials = new HashSet<>();
        found.officials().forEach(o -> officials.add(key(o, trueKeys)));
        for (String pair : truePairs) {
            boolean upstream = !foundPairs.contains(pair) && java.util.Arrays.stream(pair.split(" \\+ "))
                    .anyMatch(k -> !k.startsWith("delegation") && !officials.contains(k));
            c[9] += upstream ? 1 : 0;
        }
        for (EventTruth.Meeting m : t.meetings()) {
            attributes(m, got.meetings(), trueKeys, c);
        }
        quotes(t.quotes(), got.quotes(), trueKeys, c);
    }

    private static void attributes(EventTruth.Meeting want, List<Meeting> got, Set<String> trueKeys, long[] c) {
        Set<String> wantPairs = new HashSet<>(pairs(want.participants().stream().map(EventTruth.Party::key).toList()));
        for (Meeting g : got) {
            if (new HashSet<>(pairs(g.participants().stream().map(p -> key(p, trueKeys)).toList())).containsAll(wantPairs)) {
                c[4]++;
                boolean sides = want.participants().stream().allMatch(p -> g.participants().stream()
                        .anyMatch(q -> key(q, trueKeys).equals(p.key()) && q.side().label().equals(p.side())));
                boolean right = g.kind().label().equals(want.kind()) && Objects.equals(g.date(), want.date())
                        && Objects.equals(g.place(), want.place()) && sides;
                c[5] += right ? 1 : 0;
                return;
            }
        }
    }

    private static void quotes(List<EventTruth.Quote> want, List<Quote> got, Set<String> trueKeys, long[] c) {
        Set<String> texts = new HashSet<>();
        c[7] += want.size();
        for (EventTruth.Quote w : want) {
            texts.add(w.text());
            boolean right = got.stream().anyMatch(q -> q.kind() == QuoteKind.DIRECT && q.text().equals(w.text())
                    && q.speaker() != null && key(q.speaker(), trueKeys).equals(w.speaker()));
            c[6] += right ? 1 : 0;
        }
        c[8] += got.stream().filter(q -> q.kind() == QuoteKind.DIRECT && !texts.contains(q.text())).count();
    }

    /** A found party as the true key it matches: its key, or its name folded as the generator folds names. */
    private static String key(Participant p, Set<String> trueKeys) {
        if (p.delegation() || trueKeys.contains(p.key())) {
            return p.key();
        }
        String byName = NamePool.foldKey(p.name());
        return trueKeys.contains(byName) ? byName : p.key();
    }

    private static String key(Official o, Set<String> trueKeys) {
        String byName = NamePool.foldKey(o.name());
        return trueKeys.contains(o.key()) || !trueKeys.contains(byName) ? o.key() : byName;
    }

    private static List<String> pairs(List<String> keys) {
        List<String> distinct = keys.stream().distinct().sorted().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                out.add(distinct.get(i) + " + " + distinct.get(j));
            }
        }
        return out;
    }

    private static Map<String, EventTruth> readTruths(Path truth, int sample) throws IOException {
        Map<String, EventTruth> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null && n < sample; line = in.readLine(), n++) {
                var node = MAPPER.readTree(line);
                out.put(node.get("id").asText(), EventTruth.read(node));
            }
        }
        return out;
    }
}
