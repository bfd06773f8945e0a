package communique.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Splits the files of one index run into unparsed articles ({@link ArticleFiles#split} for each), except that the
 * run's WARC files are first scanned together, in parallel, so that of all the captures of one address in any of
 * them only the newest becomes an article: a crawl repeated daily into new files yields each page once. The scan
 * runs when the first WARC file is split. Used by one thread.
 */
public final class ArticleSplitter {

    private final List<Path> warcFiles;
    private Map<Path, Integer> numbers;
    private List<WarcScan> scans;
    private Map<Path, ArticleReadException> unreadable;
    private NewestCaptures newest;

    private ArticleSplitter(List<Path> files) {
        this.warcFiles = files.stream().filter(WarcArticleReader::isWarc).toList();
    }

    /** A splitter for these files (the run's whole list, as {@link ArticleFiles#list} gave it). */
    public static ArticleSplitter of(List<Path> files) {
        return new ArticleSplitter(files);
    }

    /**
     * Splits one of the run's files.
     *
     * @throws ArticleReadException when the file is not a kind we read, or is unusable as a whole
     */
    public void split(Path file, Consumer<RawArticle> pieces) throws ArticleReadException {
        if (WarcArticleReader.isWarc(file) && newest == null) {
            scanAll();
        }
        Integer number = WarcArticleReader.isWarc(file) ? numbers.get(file) : null;
        if (number == null) {
            ArticleFiles.split(file, pieces);
            return;
        }
        ArticleReadException failure = unreadable.get(file);
        if (failure != null) {
            throw failure;
        }
        WarcArticleReader.splitChosen(file, scans.get(number), newest, number, pieces);
    }

    private void scanAll() {
        List<Object> results = warcFiles.parallelStream().map(ArticleSplitter::scanOrFailure).toList();
        numbers = new HashMap<>();
        scans = new ArrayList<>();
        unreadable = new HashMap<>();
        for (int i = 0; i < warcFiles.size(); i++) {
            numbers.put(warcFiles.get(i), i);
            if (results.get(i) instanceof WarcScan scan) {
                scans.add(scan);
            } else {
                scans.add(WarcScan.empty());
                unreadable.put(warcFiles.get(i), (ArticleReadException) results.get(i));
            }
        }
        newest = NewestCaptures.of(scans);
    }

    private static Object scanOrFailure(Path file) {
        try {
            return WarcArticleReader.scan(file);
        } catch (ArticleReadException e) {
            return e;
        }
    }
}
