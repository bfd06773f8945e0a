package communique.export;

import communique.extract.Official;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article of an exported search, in plain values only: what a spreadsheet or a notebook reads.
 *
 * @param id        the article id
 * @param date      the article's date, or null when unknown
 * @param title     headline, plain text
 * @param url       the article's page on the server that exported it ("/article/{id}"; writers make it absolute)
 * @param officials the officials' names, in order of first mention
 * @param roles     their distinct roles, in the same order (officials without a known role add none)
 * @param countries ISO 3166 alpha-2 codes of the countries involved
 * @param snippet   the passage the results page shows, as plain text (no markup, entities decoded), or null
 */
public record ExportRow(String id, LocalDate date, String title, String url, List<String> officials,
                        List<String> roles, List<String> countries, String snippet) {

    /** Column names, in the order of the record's components: the CSV header and the JSON Lines keys. */
    public static final List<String> COLUMNS = List.of("id", "date", "title", "url", "officials", "roles", "countries",
            "snippet");

    public ExportRow {
        Objects.requireNonNull(id, "id");
        officials = List.copyOf(officials);
        roles = List.copyOf(roles);
        countries = List.copyOf(countries);
    }

    /**
     * The row of a hit as the backends hold it.
     *
     * @param countryCodes ISO 3166 alpha-2 codes
     * @param snippetHtml  the hit's snippet as the pages get it (escaped text, matches in {@code <mark>}), or null
     */
    public static ExportRow of(String id, LocalDate date, String title, String url, List<Official> officials,
                               List<String> countryCodes, String snippetHtml) {
        Set<String> roles = new LinkedHashSet<>();
        officials.stream().map(Official::role).filter(Objects::nonNull).forEach(roles::add);
        return new ExportRow(id, date, title, url, officials.stream().map(Official::name).toList(), List.copyOf(roles),
                countryCodes, SnippetText.plain(snippetHtml));
    }
}
