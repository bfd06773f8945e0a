package communique.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds article files under the paths a user gives and reads each with the reader for its kind.
 * PROVISIONAL: the article issue replaces this with the full readers (txt furniture rules, html, jsonl).
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** True for the file kinds we read: .txt, .html/.htm, .jsonl. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl");
    }

    /**
     * Lists the article files under {@code roots} (files given directly are taken as they are), sorted by path.
     * Directories that cannot be listed are reported to {@code problems} and passed over.
     */
    public static List<Path> list(List<Path> roots, Consumer<ArticleReadException> problems) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticleFile).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                problems.accept(new ArticleReadException(root.toString(), "cannot list: " + e.getMessage(), e));
            }
        }
        files.sort(null);
        return files;
    }

    /** Reads one file with the reader for its kind. */
    public static void read(Path file, ArticleSink sink) throws ArticleReadException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            String title = text.strip().lines().findFirst().orElse(id);
            sink.accept(new Article(id, title, text, null, null, file.toString(), null), Integer.toHexString(text.hashCode()));
        } catch (IOException e) {
            throw new ArticleReadException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
