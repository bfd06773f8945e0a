package communique.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, furniture already removed.
 *
 * @param id     stable identifier: the file name without extension, or the jsonl {@code id} field
 * @param title  the headline where the source has one, else the first sentence shortened at a word boundary
 * @param body   the cleaned story text, paragraphs separated by a blank line
 * @param date   the date given by the source's metadata (txt {@code date} header, html meta/time, jsonl field);
 *               null when the metadata has none. Dates found in the text are the extractor's job.
 * @param place  the dateline place ("ISLAMABAD", "LONDON"), or null
 * @param source the path of the file it came from (with {@code #line} for jsonl)
 * @param url    the original address when the source gives one, or null
 */
public record Article(String id, String title, String body, LocalDate date, String place, String source, String url) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank (source " + source + ")");
        }
    }
}
