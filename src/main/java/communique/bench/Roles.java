package communique.bench;

import java.util.List;
import java.util.Map;

/** The offices officials hold, as the generator writes them: before a name, in apposition and in a later short mention. */
final class Roles {

    /**
     * @param title  as written before a name ("Foreign Minister")
     * @param lower  as written in apposition ("foreign minister")
     * @param rank   the word a later short mention keeps ("Minister" in "Minister Karzai said")
     */
    record Role(String title, String lower, String rank) {

        static Role of(String title, String rank) {
            return new Role(title, title.toLowerCase(java.util.Locale.ROOT), rank);
        }
    }

    private static final Role FOREIGN = Role.of("Foreign Minister", "Minister");
    private static final Role INTERIOR = Role.of("Interior Minister", "Minister");
    private static final Role DEFENCE = Role.of("Defence Minister", "Minister");
    private static final Role FINANCE = Role.of("Finance Minister", "Minister");
    private static final Role AMBASSADOR = Role.of("Ambassador", "Ambassador");
    private static final Role NSA = Role.of("National Security Adviser", "Adviser");
    private static final Role ENVOY = Role.of("Special Envoy", "Envoy");
    private static final Role HIGH_COMMISSIONER = Role.of("High Commissioner", "Commissioner");
    private static final Role FOREIGN_SECRETARY = Role.of("Foreign Secretary", "Secretary");

    private static final List<Role> GENERIC = List.of(FOREIGN, INTERIOR, DEFENCE, FINANCE, AMBASSADOR, NSA, ENVOY,
            Role.of("Deputy Foreign Minister", "Minister"), Role.of("Prime Minister", "Minister"));

    private static final Map<String, List<Role>> SPECIAL = Map.of(
            "US", List.of(Role.of("Secretary of State", "Secretary"), Role.of("Deputy Secretary of State", "Secretary"),
                    Role.of("Defense Secretary", "Secretary"), Role.of("Special Representative", "Representative"),
                    AMBASSADOR, NSA, Role.of("State Department Spokesperson", "Spokesperson")),
            "GB", List.of(FOREIGN_SECRETARY, HIGH_COMMISSIONER, Role.of("Home Secretary", "Secretary"),
                    Role.of("Defence Secretary", "Secretary"), Role.of("Prime Minister", "Minister"), ENVOY),
            "IN", List.of(Role.of("External Affairs Minister", "Minister"), HIGH_COMMISSIONER, FOREIGN_SECRETARY,
                    NSA, DEFENCE, FINANCE),
            "PK", List.of(FOREIGN, INTERIOR, DEFENCE, FINANCE, HIGH_COMMISSIONER, FOREIGN_SECRETARY, NSA, AMBASSADOR,
                    Role.of("Foreign Office Spokesperson", "Spokesperson")),
            "AF", List.of(Role.of("Minister for Refugees", "Minister"), Role.of("Acting Foreign Minister", "Minister"),
                    INTERIOR, DEFENCE, AMBASSADOR, ENVOY),
            "CN", List.of(FOREIGN, Role.of("Vice Premier", "Premier"), AMBASSADOR, DEFENCE, ENVOY,
                    Role.of("Foreign Ministry Spokesperson", "Spokesperson")));

    private Roles() {
    }

    /** The offices an official of {@code countryCode} may hold. */
    static List<Role> forCountry(String countryCode) {
        return SPECIAL.getOrDefault(countryCode, GENERIC);
    }
}
