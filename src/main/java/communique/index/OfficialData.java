package communique.index;

import communique.extract.Official;

/**
 * The stored form of an official (key, name, role, country separated by tabs), so that a hit can show its
 * officials without a second lookup. Tabs cannot occur in the parts: the extractor works on whitespace-collapsed text.
 */
public final class OfficialData {

    private OfficialData() {
    }

    public static String encode(Official official) {
        return String.join("\t", official.key(), official.name(), orEmpty(official.role()), orEmpty(official.country()));
    }

    public static Official decode(String stored) {
        String[] parts = stored.split("\t", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("stored official is not key/name/role/country: " + stored);
        }
        return new Official(parts[0], parts[1], emptyToNull(parts[2]), emptyToNull(parts[3]));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.replace('\t', ' ');
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
