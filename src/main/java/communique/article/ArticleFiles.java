package communique.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Finds article files under the paths a user gives and reads each with the reader for its kind: {@code .txt} with
 * {@link TxtArticleReader}, {@code .html}/{@code .htm} with {@link HtmlArticleReader}, {@code .jsonl} with
 * {@link JsonlArticleReader}, web archives ({@code .warc}, {@code .warc.gz}) with {@link WarcArticleReader}.
 */
public final class ArticleFiles {

    private static final ArticleReader TXT = new TxtArticleReader();
    private static final ArticleReader HTML = new HtmlArticleReader();
    private static final ArticleReader JSONL = new JsonlArticleReader();
    private static final ArticleReader WARC = new WarcArticleReader();

    private ArticleFiles() {
    }

    /** True for the file kinds we read: .txt, .html/.htm, .jsonl, .warc/.warc.gz. */
    public static boolean isArticleFile(Path file) {
        return readerFor(file) != null;
    }

    /**
     * Lists the article files under {@code roots} (files given directly are taken as they are), sorted by path, each
     * file once. Symbolic links to files are followed; links to folders only inside the roots ({@link WalkPolicy});
     * a link back to a directory being walked is reported and not entered, so a link loop cannot make the walk
     * endless. Directories that cannot be listed, and entries named like
     * articles that are not regular files (broken links, FIFOs), are reported to {@code problems} and passed over.
     */
    public static List<Path> list(List<Path> roots, Consumer<ArticleReadException> problems) {
        return walk(roots, WalkPolicy.DEFAULT, problems, ArticleListing.Progress.NONE).files();
    }

    /**
     * Lists the article files under {@code roots} as {@link #list} does, within {@code policy}'s bounds, telling
     * {@code progress} as it goes; the listing also names the folders it did not walk.
     */
    public static ArticleListing walk(List<Path> roots, WalkPolicy policy, Consumer<ArticleReadException> problems,
                                      ArticleListing.Progress progress) {
        return ArticleTreeWalker.walk(roots, policy, problems, progress);
    }

    /**
     * Reads one file with the reader for its kind.
     *
     * @throws ArticleReadException when the file is not a kind we read, or is unusable as a whole
     */
    public static void read(Path file, ArticleSink sink) throws ArticleReadException {
        ArticleReader reader = readerFor(file);
        if (reader == null) {
            throw notAnArticleFile(file);
        }
        reader.read(file, sink);
    }

    /**
     * Splits one file into its articles, unparsed and in file order, so that other threads can parse them
     * ({@link ArticleReader#split}).
     *
     * @throws ArticleReadException when the file is not a kind we read, or is unusable as a whole
     */
    public static void split(Path file, Consumer<RawArticle> pieces) throws ArticleReadException {
        ArticleReader reader = readerFor(file);
        if (reader == null) {
            throw notAnArticleFile(file);
        }
        reader.split(file, pieces);
    }

    /**
     * A splitter for the files of one run: like {@link #split}, except that the run's WARC files are scanned together
     * so that each address yields only its newest capture across all of them.
     */
    public static ArticleSplitter splitter(List<Path> files) {
        return ArticleSplitter.of(files);
    }

    /** The article id a one-article file gives: its name without the extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ArticleReadException notAnArticleFile(Path file) {
        return new ArticleReadException(file.toString(), "not an article file (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");
    }

    private static ArticleReader readerFor(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return TXT;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return HTML;
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return WARC;
        }
        return lower.endsWith(".jsonl") ? JSONL : null;
    }
}
