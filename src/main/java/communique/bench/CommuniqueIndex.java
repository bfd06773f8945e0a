package communique.bench;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.EntityExtractor;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Communiqué index of a corpus with the real {@link Indexer}, as {@code communique index} would. A probe
 * first checks that the article reader splits jsonl into articles: a reader that took the file whole would turn
 * gigabytes into one article. (Figures in docs/benchmarks.md taken before the jsonl reader merged came from a
 * stand-in of the indexer's own steps; it is in this file's history.)
 */
final class CommuniqueIndex {

    private CommuniqueIndex() {
    }

    static BuildResult build(Path corpus, Path dir, int workers) throws IOException {
        if (!readerSplitsJsonl(dir.resolveSibling("probe.jsonl"))) {
            throw new IOException("the article reader does not read jsonl line by line: indexing " + corpus
                    + " would make it one article");
        }
        return buildWithIndexer(corpus, dir, workers);
    }

    private static BuildResult buildWithIndexer(Path corpus, Path dir, int workers) throws IOException {
        long cpuStart = BuildResult.processCpuNanos();
        try {
            IndexReport report = new Indexer(dir, new EntityExtractor(), workers).index(List.of(corpus), IndexProgress.NONE);
            if (!report.skippedSources().isEmpty()) {
                throw new IOException("the indexer skipped " + report.skippedSources().size() + " sources, first: "
                        + report.skippedSources().get(0));
            }
            return new BuildResult("communique Indexer", report.addedCount(), report.seconds(),
                    BuildResult.directorySize(dir), (BuildResult.processCpuNanos() - cpuStart) / 1e9);
        } catch (IndexWriteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes a two-line jsonl file and asks the article reader how many articles it holds. */
    static boolean readerSplitsJsonl(Path probe) throws IOException {
        Files.writeString(probe, "{\"id\":\"p1\",\"title\":\"One\",\"date\":\"2020-01-02\",\"body\":\"First.\",\"url\":\"https://x.example/1\"}\n"
                + "{\"id\":\"p2\",\"title\":\"Two\",\"date\":\"2020-01-03\",\"body\":\"Second.\",\"url\":\"https://x.example/2\"}\n");
        List<String> ids = new ArrayList<>();
        try {
            ArticleFiles.read(probe, new ArticleSink() {
                @Override
                public void accept(Article article, String rawHash) {
                    ids.add(article.id());
                }

                @Override
                public void skipped(ArticleReadException problem) {
                    // A reader that skips a well-formed line cannot index the corpus either: the probe then fails.
                }
            });
        } catch (ArticleReadException e) {
            return false;
        } finally {
            Files.deleteIfExists(probe);
        }
        return ids.equals(List.of("p1", "p2"));
    }
}
