package communique.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 over every test article with an expected sidecar (our own plus the five seeds):
 * officials matched on key, countries on code; role and country of matched officials reported as accuracy.
 * Dates must all be right: a date where none is expected fails as surely as a wrong one.
 */
class ExtractionQualityTest {

    private static final Map<String, Expected> SEEDS = Map.of(
            "000", seed(List.of("Nasser Janjua"), "PK GB IN", null),
            "001", seed(List.of("Chaudhry Nisar Ali Khan", "Amber Rudd", "Theresa May"), "PK GB", null),
            "002", seed(List.of("Wajid Khan", "Mohsin Naqvi", "Talal Chaudhry", "Jane Marriott", "Khurram Agha"),
                    "PK GB AF", "2025-04-17"),
            "003", seed(List.of("Mohsin Naqvi", "Graeme Biggar", "Jane Marriott"), "PK GB", null),
            "004", seed(List.of("Asim Iftikhar", "Wendy Sherman"), "PK US IN CN AF", "2021-10-08"));

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void meetsTheHeldOutTargetsOnOurOwnArticlesAndTheSeeds() throws IOException {
        Score officials = new Score();
        Score countries = new Score();
        int rolesRight = 0;
        int countriesRight = 0;
        List<String> wrongDates = new java.util.ArrayList<>();
        StringBuilder attributes = new StringBuilder("role or country differs:\n");
        StringBuilder table = new StringBuilder(String.format("%-34s %9s %9s %s%n", "article", "off tp/fp/fn", "cty", "misses"));
        for (Map.Entry<String, Expected> e : cases().entrySet()) {
            Path file = Path.of(e.getKey());
            ExtractedArticle got = extractor.extract(TestArticles.read(file));
            Expected want = e.getValue();
            Map<String, Official> gotOfficials = got.officials().stream()
                    .collect(Collectors.toMap(Official::key, Function.identity(), (a, b) -> a));
            Set<String> wantKeys = want.officials().stream().map(Official::key).collect(Collectors.toSet());
            Score o = Score.of(wantKeys, gotOfficials.keySet());
            Score c = Score.of(want.countries(), got.countries().stream().map(Country::code).collect(Collectors.toSet()));
            officials.add(o);
            countries.add(c);
            for (Official w : want.officials()) {
                Official g = gotOfficials.get(w.key());
                rolesRight += g != null && Objects.equals(w.role(), g.role()) ? 1 : 0;
                countriesRight += g != null && Objects.equals(w.country(), g.country()) ? 1 : 0;
                if (g != null && w.role() != null && !(Objects.equals(w.role(), g.role()) && Objects.equals(w.country(), g.country()))) {
                    attributes.append(String.format("  %s: want %s|%s got %s|%s%n", w.key(), w.role(), w.country(), g.role(), g.country()));
                }
            }
            if (!Objects.equals(want.date(), got.date())) {
                wrongDates.add(file.getFileName() + ": want " + want.date() + " got " + got.date());
            }
            table.append(String.format("%-34s %3d/%d/%d %5d/%d/%d  %s%n", file.getFileName().toString().replace(".txt", ""),
                    o.tp, o.fp, o.fn, c.tp, c.fp, c.fn, misses(wantKeys, gotOfficials.keySet(), want.countries(), got)));
        }
        table.append(String.format("officials P %.3f R %.3f F1 %.3f | countries P %.3f R %.3f F1 %.3f%n",
                officials.precision(), officials.recall(), officials.f1(), countries.precision(), countries.recall(),
                countries.f1()));
        table.append(String.format("matched officials: role right %d/%d, country right %d/%d%n",
                rolesRight, officials.tp, countriesRight, officials.tp));
        System.out.print(table);
        System.out.print(attributes);
        assertThat(wrongDates).as("dates").isEmpty();
        assertThat(officials.f1()).as("officials F1%n%s", table).isGreaterThanOrEqualTo(0.90);
        assertThat(countries.f1()).as("countries F1%n%s", table).isGreaterThanOrEqualTo(0.95);
    }

    private static String misses(Set<String> wantKeys, Set<String> gotKeys, Set<String> wantCountries, ExtractedArticle got) {
        Set<String> gotCountries = got.countries().stream().map(Country::code).collect(Collectors.toSet());
        StringBuilder sb = new StringBuilder();
        wantKeys.stream().filter(k -> !gotKeys.contains(k)).forEach(k -> sb.append(" -").append(k));
        gotKeys.stream().filter(k -> !wantKeys.contains(k)).forEach(k -> sb.append(" +").append(k));
        wantCountries.stream().filter(k -> !gotCountries.contains(k)).forEach(k -> sb.append(" -").append(k));
        gotCountries.stream().filter(k -> !wantCountries.contains(k)).forEach(k -> sb.append(" +").append(k));
        return sb.toString();
    }

    /** Our own articles (path → expected), then the seeds. */
    private static Map<String, Expected> cases() throws IOException {
        Map<String, Expected> cases = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(TestArticles.OWN)) {
            files.filter(p -> p.toString().endsWith(".txt")).forEach(p -> cases.put(p.toString(),
                    Expected.read(Path.of(p.toString().replace(".txt", ".expected")))));
        }
        assertThat(cases).as("own test articles").hasSizeGreaterThanOrEqualTo(20);
        SEEDS.forEach((prefix, want) -> cases.put(TestArticles.seed(prefix).toString(), want));
        return cases;
    }

    private static Expected seed(List<String> names, String codes, String date) {
        List<Official> officials = names.stream().map(n -> new Official(OfficialKeys.key(n), n, null, null)).toList();
        return new Expected(officials, new java.util.LinkedHashSet<>(List.of(codes.split(" "))),
                date == null ? null : java.time.LocalDate.parse(date));
    }

    /** True positives, false positives and false negatives, summed over articles (micro-averaged). */
    private static final class Score {
        int tp;
        int fp;
        int fn;

        static Score of(Set<String> want, Set<String> got) {
            Score s = new Score();
            Set<String> hit = new HashSet<>(got);
            hit.retainAll(want);
            s.tp = hit.size();
            s.fp = got.size() - hit.size();
            s.fn = want.size() - hit.size();
            return s;
        }

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
