package communique.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a download is called: "communique-" and the query's words in lower-case ASCII letters and digits joined by
 * hyphens ("communique-naqvi-extradition.csv"; "communique-all.csv" for no query). Nothing else reaches the name:
 * no quote, slash, dot or control character can break the Content-Disposition header or point outside the user's
 * download folder.
 */
public final class ExportFile {

    private static final int MAX_SLUG_CHARS = 60;

    private ExportFile() {
    }

    public static String name(String query, ExportFormat format) {
        return "communique-" + slug(query) + "." + format.extension();
    }

    /** The header value that makes a browser save the answer under {@link #name}. */
    public static String contentDisposition(String query, ExportFormat format) {
        return "attachment; filename=\"" + name(query, format) + "\"";
    }

    static String slug(String query) {
        String ascii = query == null ? "" : Normalizer.normalize(query, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_CHARS) {
            slug = slug.substring(0, MAX_SLUG_CHARS).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "all" : slug;
    }
}
