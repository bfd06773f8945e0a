package communique.extract.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores extracted facts against expected ones, summed over articles. Meetings: precision, recall and F1 of the
 * unordered participant pairs (by key) of each article; of the expected meetings whose pairs were all found, how
 * many have the right kind, date, place and sides. Quotes: a quote is right when an extracted quote has the same
 * text (spaces folded) and the same speaker; accuracy is right / (expected + extracted quotes matching no expected
 * text), so both misses and inventions cost.
 */
final class FactsScore {

    int pairTp;
    int pairFp;
    int pairFn;
    int meetingsMatched;
    int kindRight;
    int dateRight;
    int placeRight;
    int sidesRight;
    int quotesExpected;
    int quotesRight;
    int quotesInvented;
    final List<String> problems = new ArrayList<>();

    /** Missed pairs with an official the entity extractor did not find: upstream misses, not the fact rules'. */
    int pairFnUpstream;

    void add(String article, ExpectedFacts want, ArticleFacts got, Set<String> officialKeys) {
        Set<String> wantPairs = new TreeSet<>();
        want.meetings().forEach(m -> wantPairs.addAll(pairs(m.participants().stream().map(ExpectedFacts.WantParticipant::key).toList())));
        Set<String> gotPairs = new TreeSet<>();
        got.meetings().forEach(m -> gotPairs.addAll(pairs(m.participants().stream().map(Participant::key).toList())));
        Set<String> hit = new HashSet<>(gotPairs);
        hit.retainAll(wantPairs);
        pairTp += hit.size();
        pairFp += gotPairs.size() - hit.size();
        pairFn += wantPairs.size() - hit.size();
        for (String p : wantPairs) {
            if (!hit.contains(p)) {
                boolean upstream = java.util.Arrays.stream(p.split(" \\+ "))
                        .anyMatch(k -> !k.startsWith("delegation") && !officialKeys.contains(k));
                pairFnUpstream += upstream ? 1 : 0;
                problems.add(article + ": missed pair " + p + (upstream ? " (official not found upstream)" : ""));
            }
        }
        gotPairs.stream().filter(p -> !hit.contains(p)).forEach(p -> problems.add(article + ": invented pair " + p));
        want.meetings().forEach(w -> attributes(article, w, got.meetings()));
        quotes(article, want.quotes(), got.quotes());
    }

    private void attributes(String article, ExpectedFacts.WantMeeting w, List<Meeting> got) {
        Set<String> wantPairs = new HashSet<>(pairs(w.participants().stream().map(ExpectedFacts.WantParticipant::key).toList()));
        for (Meeting g : got) {
            if (new HashSet<>(pairs(g.participants().stream().map(Participant::key).toList())).containsAll(wantPairs)) {
                meetingsMatched++;
                kindRight += count(w.kind() == g.kind(), article, "kind", w.kind(), g.kind());
                dateRight += count(Objects.equals(w.date(), g.date()), article, "date", w.date(), g.date());
                placeRight += count(Objects.equals(w.place(), g.place()), article, "place", w.place(), g.place());
                boolean sides = w.participants().stream().allMatch(p -> g.participants().stream()
                        .anyMatch(q -> q.key().equals(p.key()) && q.side() == p.side()));
                sidesRight += count(sides, article, "sides", w.participants(), g.participants().stream()
                        .map(p -> p.key() + "=" + p.side().label()).toList());
                return;
            }
        }
    }

    private int count(boolean right, String article, String what, Object want, Object got) {
        if (!right) {
            problems.add(article + ": " + what + " want " + want + " got " + got);
        }
        return right ? 1 : 0;
    }

    private void quotes(String article, List<ExpectedFacts.WantQuote> want, List<Quote> got) {
        quotesExpected += want.size();
        Set<String> wantTexts = new HashSet<>();
        for (ExpectedFacts.WantQuote w : want) {
            wantTexts.add(fold(w.text()));
            Quote g = got.stream().filter(q -> fold(q.text()).equals(fold(w.text()))).findFirst().orElse(null);
            String speaker = g == null || g.speaker() == null ? null : g.speaker().key();
            if (g != null && Objects.equals(speaker, w.speaker())) {
                quotesRight++;
            } else {
                problems.add(article + ": quote " + (g == null ? "missed" : "speaker " + speaker) + " want " + w.speaker()
                        + " | " + w.text());
            }
        }
        for (Quote g : got) {
            if (!wantTexts.contains(fold(g.text()))) {
                quotesInvented++;
                problems.add(article + ": quote invented (" + (g.speaker() == null ? null : g.speaker().key()) + ") | " + g.text());
            }
        }
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static List<String> pairs(List<String> keys) {
        List<String> out = new ArrayList<>();
        List<String> distinct = keys.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                String a = distinct.get(i);
                String b = distinct.get(j);
                out.add(a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a);
            }
        }
        return out;
    }

    double pairF1() {
        double p = pairTp + pairFp == 0 ? 1 : (double) pairTp / (pairTp + pairFp);
        double r = pairTp + pairFn == 0 ? 1 : (double) pairTp / (pairTp + pairFn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pair F1 counting only the pairs whose officials the entity extractor found: the fact rules on their own. */
    double pairF1GivenOfficials() {
        int fn = pairFn - pairFnUpstream;
        double p = pairTp + pairFp == 0 ? 1 : (double) pairTp / (pairTp + pairFp);
        double r = pairTp + fn == 0 ? 1 : (double) pairTp / (pairTp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double quoteAccuracy() {
        int all = quotesExpected + quotesInvented;
        return all == 0 ? 1 : (double) quotesRight / all;
    }

    String summary() {
        return String.format("pairs tp %d fp %d fn %d F1 %.3f (%d fn upstream; F1 given the officials %.3f) | matched meetings %d: kind %d date %d place %d sides %d"
                        + " | quotes right %d of %d expected, %d invented, accuracy %.3f",
                pairTp, pairFp, pairFn, pairF1(), pairFnUpstream, pairF1GivenOfficials(), meetingsMatched, kindRight, dateRight, placeRight, sidesRight,
                quotesRight, quotesExpected, quotesInvented, quoteAccuracy());
    }
}
