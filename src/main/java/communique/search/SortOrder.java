package communique.search;

import java.util.Locale;

/** How hits are ordered. An empty query is always newest first, whatever is asked. */
public enum SortOrder {
    RELEVANCE, DATE;

    /** The URL form ("relevance", "date"). */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the URL form; null or blank means the default, relevance. */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        for (SortOrder order : values()) {
            if (order.param().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return order;
            }
        }
        throw new InvalidRequestException("sort must be relevance or date, not \"" + Limits.shorten(value) + "\"");
    }
}
