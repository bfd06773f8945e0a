package communique.extract.identity;

import communique.extract.Official;
import communique.extract.OfficialKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The issue's variants join, its family names stay apart, and 10,000 variants of one surname stay cheap. */
class IdentityRegistryTest {

    private static Identities resolve(String... names) {
        IdentityRegistry r = new IdentityRegistry();
        for (String n : names) {
            r.add(new Official(OfficialKeys.key(n), n, null, "PK"));
        }
        return r.resolve();
    }

    private static String key(Identities ids, String name) {
        return ids.canonical(OfficialKeys.key(name));
    }

    @Test
    void joinsTheIssuesVariants() {
        Identities ids = resolve("Chaudhry Nisar Ali Khan", "Ch Nisar Ali Khan", "Chaudary Nisar",
                "Javad Zarif", "Javed Zarif", "Mohammad Javad Zarif");
        assertThat(key(ids, "Ch Nisar Ali Khan")).isEqualTo(key(ids, "Chaudhry Nisar Ali Khan"));
        assertThat(key(ids, "Chaudary Nisar")).isEqualTo(key(ids, "Chaudhry Nisar Ali Khan"));
        assertThat(key(ids, "Javed Zarif")).isEqualTo(key(ids, "Mohammad Javad Zarif"));
        assertThat(key(ids, "Javad Zarif")).isEqualTo(key(ids, "Mohammad Javad Zarif"));
    }

    @Test
    void keepsFamilyNamesApart() {
        Identities ids = resolve("Nawaz Sharif", "Shehbaz Sharif", "Maryam Nawaz Sharif", "Imran Khan",
                "Shafqat Ali Khan", "Bilawal Bhutto Zardari", "Asif Ali Zardari");
        List<String> keys = List.of("Nawaz Sharif", "Shehbaz Sharif", "Maryam Nawaz Sharif", "Imran Khan",
                "Shafqat Ali Khan", "Bilawal Bhutto Zardari", "Asif Ali Zardari").stream().map(n -> key(ids, n)).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void tenThousandVariantsOfOneSurnameResolveInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            IdentityRegistry r = new IdentityRegistry();
            for (int i = 0; i < 10_000; i++) {
                String n = "Given" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + " Ali Khan";
                r.add(new Official(OfficialKeys.key(n), n, null, null));
            }
            r.add(new Official("ali-khan", "Ali Khan", null, null));
            Identities ids = r.resolve();
            assertThat(ids.canonical("ali-khan")).isEqualTo("ali-khan");
            assertThat(ids.all().size()).isGreaterThan(1);
        });
    }
}
