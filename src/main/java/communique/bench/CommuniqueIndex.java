package communique.bench;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.EntityExtractor;
import communique.index.ArticleDocuments;
import communique.index.Fields;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the Communiqué index of a corpus with the real {@link Indexer} when the article reader splits jsonl into
 * articles. Until it does (the provisional reader takes a whole file as one article), a stand-in runs the
 * indexer's own steps on the same pipeline shape: extraction, {@link ArticleDocuments}, update by id, the
 * indexer's writer settings and index sort, one commit. The result names which path ran.
 */
final class CommuniqueIndex {

    private CommuniqueIndex() {
    }

    static BuildResult build(Path corpus, Path dir, int workers) throws IOException, InterruptedException {
        if (readerSplitsJsonl(dir.resolveSibling("probe.jsonl"))) {
            return buildWithIndexer(corpus, dir, workers);
        }
        return buildWithStandIn(corpus, dir, workers);
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

    /** TODO(article branch): delete once ArticleFiles reads jsonl line by line; the probe then picks the Indexer. */
    private static BuildResult buildWithStandIn(Path corpus, Path dir, int workers)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long cpuStart = BuildResult.processCpuNanos();
        EntityExtractor extractor = new EntityExtractor();
        ArticleDocuments documents = new ArticleDocuments();
        String file = corpus.toAbsolutePath().normalize().toString();
        IndexWriterConfig config = Indexer.writerConfig(OpenMode.CREATE);
        config.setIndexSort(Fields.INDEX_SORT);
        long docs;
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, config)) {
            docs = ArticleFeed.run(corpus, workers, article -> writer.updateDocument(new Term(Fields.ID, article.id()),
                    documents.build(extractor.extract(article), file, versionHash(article))));
            writer.commit();
        }
        return BuildResult.measured("stand-in for the Indexer (jsonl reader provisional)", docs,
                System.nanoTime() - start, dir, cpuStart);
    }

    /** The indexer hashes each raw line and then its version; one SHA-256 over the text costs about the same. */
    private static String versionHash(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(article.id().getBytes(StandardCharsets.UTF_8));
            digest.update(article.title().getBytes(StandardCharsets.UTF_8));
            digest.update(article.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
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
