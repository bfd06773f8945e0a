package communique.extract;

import communique.article.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link Article} records from text files the way the article reader will: the leading
 * {@code " date YYYY-MM-DD "} header goes to {@link Article#date()}, and site furniture is cut (the sidebar after a
 * line "Opinion", "Read more:" lines, the "Leave a Reply" comment form, the "—TLTP" sign-off).
 * When the reader lands on main, {@link #read(Path)} can become a call to
 * {@code communique.article.ArticleFiles.read(Path, ArticleSink)}.
 */
final class TestArticles {

    static final Path SEEDS = Path.of("index-data/articles");
    static final Path OWN = Path.of("src/test/resources/articles/extract");

    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");

    private TestArticles() {
    }

    static Article read(Path file) {
        try {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            LocalDate date = null;
            Matcher header = DATE_HEADER.matcher(raw);
            if (header.find()) {
                date = LocalDate.parse(header.group(1));
                raw = raw.substring(header.end());
            }
            String body = clean(raw);
            String title = body.lines().findFirst().orElse(id);
            return new Article(id, title, body, date, null, file.toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the furniture the article reader removes. */
    static String clean(String raw) {
        List<String> kept = new ArrayList<>();
        for (String line : raw.split("\n", -1)) {
            String s = line.strip();
            if (s.equals("Opinion") || s.equals("Leave a Reply")) {
                break;
            }
            if (!s.startsWith("Read more:")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).replace("\u2014TLTP", "").strip();
    }

    static Path seed(String prefix) {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix + " in " + SEEDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
