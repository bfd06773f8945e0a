package communique.extract.identity;

import communique.extract.Official;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the officials of every article and resolves their name variants into identities. Resolution depends only
 * on the set of variants seen and their countries, never on the order they were added, so the same archive gives
 * the same keys in any file order. Thread-safe.
 */
public final class IdentityRegistry {

    /** Everything seen under one variant key. */
    static final class Variant {
        final NameForm form;
        /** Display names seen under this key; the smallest is shown, so the choice does not depend on order. */
        final TreeMap<String, Integer> names = new TreeMap<>();
        final TreeMap<String, Integer> roles = new TreeMap<>();
        final TreeMap<String, Integer> countries = new TreeMap<>();

        Variant(NameForm form) {
            this.form = form;
        }
    }

    private final Map<String, Variant> variants = new HashMap<>();

    /** Records one article's official. */
    public synchronized void add(Official official) {
        if (official.key() == null || official.key().isEmpty()) {
            return;
        }
        Variant v = variants.computeIfAbsent(official.key(), k -> new Variant(NameForm.of(k)));
        v.names.merge(official.name(), 1, Integer::sum);
        if (official.role() != null) {
            v.roles.merge(official.role(), 1, Integer::sum);
        }
        if (official.country() != null) {
            v.countries.merge(official.country(), 1, Integer::sum);
        }
    }

    /** How many distinct variant keys have been seen. */
    public synchronized int size() {
        return variants.size();
    }

    /** The identities of everything added so far. */
    public synchronized Identities resolve() {
        return new Resolver(new TreeMap<>(variants)).resolve();
    }
}
