package communique.index;

import communique.article.ArticleFiles;
import communique.article.ArticleSplitter;
import communique.article.ArticleReadException;
import communique.article.RawArticle;

import org.apache.lucene.store.AlreadyClosedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits files into unparsed articles on the calling thread and hands them in numbered batches through a bounded
 * queue to worker threads, which parse, extract and write them. Splitting only finds line ends, so one thread keeps
 * up with every core, and parsing (a seventh of the work) runs on all of them. Each worker parses its batch, waits
 * for the batch's turn to admit its articles in file order ({@link Admissions}: the first occurrence of an id wins,
 * as if one thread had read everything), then writes them while the next batch takes its turn. A worker's
 * IOException (disk full, closed writer) stops the run; a failure on one article skips that article and names it.
 */
final class IndexingPipeline {

    private static final Batch END = new Batch(-1);

    private final ArticleWriter articleWriter;
    private final Admissions admissions;
    private final int workers;
    private final BlockingQueue<Batch> queue;
    private final Turns turns = new Turns();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    IndexingPipeline(ArticleWriter articleWriter, IndexReport report, int workers) {
        this.articleWriter = articleWriter;
        this.admissions = new Admissions(report);
        this.workers = workers;
        this.queue = new ArrayBlockingQueue<>(2 * workers);
    }

    /** Reads and writes every file; returns when all articles are written. */
    void run(List<Path> files, IndexProgress progress) throws IOException, InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "indexer-" + i);
            t.start();
            threads.add(t);
        }
        try {
            split(files, progress);
        } finally {
            for (int i = 0; i < workers; i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        throwFatal();
    }

    /** Ids read in this run (the deletion step keeps these). Complete once {@link #run} has returned. */
    Set<String> seenIds() {
        return admissions.seenIds();
    }

    /** Files that failed to read in whole or in part: nothing indexed from them may be deleted. */
    Set<String> failedFiles() {
        return admissions.failedFiles();
    }

    private void split(List<Path> files, IndexProgress progress) throws InterruptedException {
        Batcher batcher = new Batcher();
        ArticleSplitter splitter = ArticleFiles.splitter(files);
        long done = 0;
        for (Path file : files) {
            if (fatal.get() != null) {
                break;
            }
            String absolute = file.toAbsolutePath().normalize().toString();
            try {
                splitter.split(file, raw -> batcher.add(raw, absolute));
            } catch (ArticleReadException e) {
                batcher.add(RawArticle.failed(e), absolute);
            }
            progress.update(++done, files.size(), admissions.admitted());
        }
        batcher.flush();
    }

    /** Fills numbered batches on the splitting thread and queues each when full. */
    private final class Batcher {
        private Batch current = new Batch(0);

        void add(RawArticle raw, String file) {
            current.add(raw, file);
            if (current.isFull()) {
                try {
                    flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while indexing " + raw.source(), e);
                }
            }
        }

        void flush() throws InterruptedException {
            if (!current.isEmpty()) {
                queue.put(current);
                current = new Batch(current.number() + 1);
            }
        }
    }

    /**
     * Takes batches until the end, then flushes a large in-memory segment; after a fatal error it only drains, so the
     * splitting thread never blocks.
     */
    private void work() {
        try {
            for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
                if (fatal.get() == null) {
                    process(batch);
                }
            }
            if (fatal.get() == null) {
                articleWriter.flushLargeBuffer();
            }
        } catch (InterruptedException e) {
            fail(e);
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            fail(e);
        }
    }

    private void process(Batch batch) throws InterruptedException {
        try {
            List<Batch.Parsed> parsed = batch.parse();
            if (!turns.await(batch.number())) {
                return;
            }
            List<Batch.Parsed> admitted;
            try {
                admitted = admissions.admit(parsed);
            } finally {
                turns.done();
            }
            for (Batch.Parsed p : admitted) {
                if (fatal.get() != null) {
                    return;
                }
                writeOne(p);
            }
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private void writeOne(Batch.Parsed p) {
        try {
            articleWriter.write(p.article(), p.rawHash(), p.file());
        } catch (IOException e) {
            fail(e);
        } catch (AlreadyClosedException e) {
            // the writer closed itself after a tragic IO error (seen by another worker or a merge): the index cannot
            // be written any more, which is no fault of this article
            fail(e);
        } catch (RuntimeException e) {
            admissions.skip(p.file(), p.article().source() + ": could not be indexed: " + e);
        }
    }

    /** Records the first fatal error and releases every worker waiting for a turn. */
    private void fail(Throwable t) {
        fatal.compareAndSet(null, t);
        turns.abort();
    }

    private void throwFatal() throws IOException, InterruptedException {
        Throwable t = fatal.get();
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof InterruptedException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
