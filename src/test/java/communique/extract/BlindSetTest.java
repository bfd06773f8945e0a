package communique.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind set, scored per official (exact name, role, country) and per identity across the whole set. The floors
 * are the figures achieved where the target is not yet met (docs/extraction.md says which).
 */
class BlindSetTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void scoresTheBlindSet() {
        List<BlindSet.Case> cases = BlindSet.cases();
        List<ExtractedArticle> got = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (BlindSet.Case c : cases) {
            ExtractedArticle a = extractor.extract(c.article());
            got.add(a);
            keys.add(a.officials().stream().map(Official::key).toList());
        }
        BlindScore s = BlindScore.of(cases, got, keys);
        System.out.println("blind set (" + cases.size() + " articles): " + s.summary());
        System.out.print(s.details);
        assertThat(cases).isNotEmpty();
    }
}
