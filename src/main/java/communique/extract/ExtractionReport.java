package communique.extract;

import java.util.StringJoiner;

/**
 * Plain-text lines describing what was extracted from one article, for {@code communique extract} and for
 * reading test failures: one line per official ({@code name | role | country | key}), then countries and date.
 */
public final class ExtractionReport {

    private ExtractionReport() {
    }

    public static String format(ExtractedArticle extracted) {
        StringBuilder sb = new StringBuilder();
        sb.append(extracted.article().id()).append('\n');
        sb.append("  date: ").append(extracted.date() == null ? "none" : extracted.date()).append('\n');
        for (Official o : extracted.officials()) {
            sb.append("  official: ").append(o.name()).append(" | ").append(orBlank(o.role())).append(" | ")
                    .append(orBlank(o.country())).append(" | ").append(o.key()).append('\n');
        }
        StringJoiner countries = new StringJoiner(", ");
        extracted.countries().forEach(c -> countries.add(c.code() + " " + c.name()));
        sb.append("  countries: ").append(countries).append('\n');
        return sb.toString();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
