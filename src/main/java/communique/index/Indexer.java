package communique.index;

import communique.article.ArticleFiles;
import communique.article.ArticleListing;
import communique.article.WalkPolicy;
import communique.extract.EntityExtractor;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings an index up to date with a set of paths, incrementally: unchanged articles are skipped, changed ones
 * replaced by id, vanished ones deleted, and everything lands in one commit at the end, so a crash at any point
 * leaves the previous commit intact. A second indexer on the same index fails at once (Lucene's write lock).
 */
public final class Indexer {

    /** Enough buffer for large flushed segments on a small heap; the baseline benchmark uses the same. */
    public static final double RAM_BUFFER_MB = 64;

    private final IndexLocation location;
    private final EntityExtractor extractor;
    private final int workers;
    private final DirectoryOpener directories;

    /** Opens the Lucene directory at a path; tests substitute one that simulates disk-full and IO faults. */
    interface DirectoryOpener {
        Directory open(Path path) throws IOException;
    }

    public Indexer(Path indexPath, EntityExtractor extractor, int workers) {
        this(indexPath, extractor, workers, FSDirectory::open);
    }

    Indexer(Path indexPath, EntityExtractor extractor, int workers, DirectoryOpener directories) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.location = new IndexLocation(indexPath);
        this.extractor = extractor;
        this.workers = workers;
        this.directories = directories;
    }

    /**
     * The writer configuration used here and, for a fair comparison, by the raw-Lucene benchmark baseline. No index
     * sort: sorting by date cost about 13% of the indexing CPU at 100k articles (each flush buffered and re-sorted
     * every posting and wrote every stored body twice; merges re-sorted and could not copy stored fields in bulk),
     * while a newest-first search still skips what cannot make the page ({@link Fields#DATE}). An index built sorted
     * by earlier versions opens with this configuration too: its sorted segments are read as they are and merge
     * into unsorted ones.
     */
    public static IndexWriterConfig writerConfig(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        return config;
    }

    /**
     * Indexes every article file under {@code roots}.
     *
     * @throws IndexWriteException when the index cannot be written at all; the previous commit is then untouched
     */
    public IndexReport index(List<Path> roots, IndexProgress progress) throws IndexWriteException {
        return index(roots, WalkPolicy.DEFAULT, progress);
    }

    /**
     * Indexes every article file under {@code roots} that a walk within {@code walk} finds; nothing is deleted
     * under a folder the walk did not enter.
     *
     * @throws IndexWriteException when the index cannot be written at all; the previous commit is then untouched
     */
    public IndexReport index(List<Path> roots, WalkPolicy walk, IndexProgress progress) throws IndexWriteException {
        return run(roots, roots, walk, progress);
    }

    /**
     * Indexes the article files under {@code changed} and deletes what the index holds from the files under
     * {@code gone}, in one commit, leaving everything else as it is: one batch of a watched folder's changes.
     *
     * @throws IndexWriteException when the index cannot be written at all; the previous commit is then untouched
     */
    public IndexReport update(List<Path> changed, List<Path> gone, IndexProgress progress) throws IndexWriteException {
        List<Path> scope = new ArrayList<>(changed);
        scope.addAll(gone);
        return run(changed, scope, WalkPolicy.DEFAULT, progress);
    }

    /** Indexes the files under {@code roots}; deletes vanished articles of files under {@code scope} only. */
    private IndexReport run(List<Path> roots, List<Path> scope, WalkPolicy walk, IndexProgress progress)
            throws IndexWriteException {
        IndexReport report = new IndexReport();
        boolean firstBuild;
        try {
            firstBuild = !location.exists();
        } catch (IOException e) {
            throw new IndexWriteException("cannot open the index at " + location.path() + ": " + e.getMessage(), e);
        }
        Path target = firstBuild ? location.buildingPath() : location.path();
        try {
            if (firstBuild) {
                location.checkUsableForFirstBuild();
            }
            ArticleListing listing = ArticleFiles.walk(roots, walk, problem -> report.skipped(problem.getMessage()),
                    progress::listing);
            runInto(target, firstBuild, scope, listing, report, progress);
            if (firstBuild) {
                location.publishFirstBuild();
            }
        } catch (LockObtainFailedException e) {
            throw new IndexWriteException("another indexer is already writing to " + target
                    + " (its write.lock is held); wait for it to finish", e);
        } catch (IOException e) {
            throw new IndexWriteException("cannot write the index at " + target + ": " + e.getMessage(), e);
        } catch (AlreadyClosedException e) {
            // IndexWriter closes itself on a tragic IO error (a failed flush or merge) and says so this way
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IndexWriteException("cannot write the index at " + target + ": " + cause.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexWriteException("indexing was interrupted; the previous commit is intact", e);
        }
        report.finish();
        return report;
    }

    private void runInto(Path target, boolean firstBuild, List<Path> roots, ArticleListing listing,
                         IndexReport report, IndexProgress progress) throws IOException, InterruptedException {
        Files.createDirectories(target);
        IndexWriterConfig config = writerConfig(firstBuild ? OpenMode.CREATE : OpenMode.APPEND);
        try (Directory dir = directories.open(target);
             IndexWriter writer = new IndexWriter(dir, config);
             PreviousCommit previous = firstBuild ? PreviousCommit.empty() : PreviousCommit.open(dir)) {
            IndexingPipeline pipeline = new IndexingPipeline(
                    new ArticleWriter(writer, previous, extractor, report), report, workers);
            try {
                pipeline.run(listing.files(), progress);
                report.deleted(new VanishedArticles(previous, roots, listing)
                        .delete(writer, pipeline.seenIds(), pipeline.failedFiles()));
                if (firstBuild || writer.hasUncommittedChanges()) {
                    writer.setLiveCommitData(Map.of("schema", Integer.toString(Fields.SCHEMA_VERSION),
                            "committed", Long.toString(System.currentTimeMillis())).entrySet());
                    writer.commit();
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
    }
}
