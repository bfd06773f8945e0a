package communique.extract.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;

/** A resolved snapshot of the registry: variant key → canonical key, and each canonical key's {@link Identity}. */
public final class Identities {

    private final Map<String, String> canonicalOf;
    private final Map<String, Identity> byKey;

    Identities(Map<String, String> canonicalOf, Map<String, Identity> byKey) {
        this.canonicalOf = Collections.unmodifiableMap(canonicalOf);
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** The canonical key of a variant key ({@code Official.key()}); the key itself when the registry never saw it. */
    public String canonical(String variantKey) {
        return canonicalOf.getOrDefault(variantKey, variantKey);
    }

    /** The identity of a variant or canonical key, or null. */
    public Identity identity(String key) {
        return byKey.get(canonical(key));
    }

    /** Every identity, sorted by canonical key. */
    public Collection<Identity> all() {
        return byKey.values();
    }

    /** Variant key → canonical key for every variant seen (the alias table an index would store). */
    public Map<String, String> aliases() {
        return canonicalOf;
    }
}
