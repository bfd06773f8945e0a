package communique.index;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.article.RawArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits files into unparsed articles on the calling thread and hands them in numbered batches through a bounded
 * queue to worker threads, which parse, extract and write them. Splitting only finds line ends, so one thread keeps
 * up with every core; parsing (a fifth of the work) runs on all of them. Each worker parses its batch, then waits for
 * the batch's turn to admit its articles in file order (a duplicate id is skipped, the first occurrence wins, as if
 * one thread had read everything), then writes them while the next batch takes its turn. A worker's IOException
 * (disk full, closed writer) stops the run; a failure on one article skips that article and names it.
 */
final class IndexingPipeline {

    /** A parsed article waiting for its batch's turn, or the reason its piece was skipped. */
    private record Parsed(Article article, String rawHash, String file, String problem) {
    }

    private static final Batch END = new Batch(-1);

    private final ArticleWriter articleWriter;
    private final IndexReport report;
    private final int workers;
    private final BlockingQueue<Batch> queue;
    private final Turns turns = new Turns();
    /** Ids admitted so far. Touched only in turns, one batch after another, so a plain set in file order. */
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> failedFiles = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private final AtomicLong articles = new AtomicLong();

    IndexingPipeline(ArticleWriter articleWriter, IndexReport report, int workers) {
        this.articleWriter = articleWriter;
        this.report = report;
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
        return seenIds;
    }

    /** Files that failed to read in whole or in part: nothing indexed from them may be deleted. */
    Set<String> failedFiles() {
        return failedFiles;
    }

    private void split(List<Path> files, IndexProgress progress) throws InterruptedException {
        Batcher batcher = new Batcher();
        long done = 0;
        for (Path file : files) {
            if (fatal.get() != null) {
                break;
            }
            String absolute = file.toAbsolutePath().normalize().toString();
            try {
                ArticleFiles.split(file, raw -> batcher.add(raw, absolute));
            } catch (ArticleReadException e) {
                batcher.add(RawArticle.failed(e), absolute);
            }
            progress.update(++done, files.size(), articles.get());
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
     * Takes batches until the end, then flushes one in-memory segment; after a fatal error it only drains, so the
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
                articleWriter.flushOneBuffer();
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
            List<Parsed> parsed = parse(batch);
            if (!turns.await(batch.number())) {
                return;
            }
            List<Parsed> admitted;
            try {
                admitted = admit(parsed);
            } finally {
                turns.done();
            }
            for (Parsed p : admitted) {
                if (fatal.get() != null) {
                    return;
                }
                writeOne(p);
            }
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private static List<Parsed> parse(Batch batch) {
        List<Parsed> out = new ArrayList<>(batch.pieces().size());
        for (Batch.Piece piece : batch.pieces()) {
            try {
                piece.raw().parseInto(new ArticleSink() {
                    @Override
                    public void accept(Article article, String rawHash) {
                        out.add(new Parsed(article, rawHash, piece.file(), null));
                    }

                    @Override
                    public void skipped(ArticleReadException problem) {
                        out.add(new Parsed(null, null, piece.file(), problem.getMessage()));
                    }
                });
            } catch (RuntimeException e) {
                out.add(new Parsed(null, null, piece.file(), piece.raw().source() + ": could not be read: " + e));
            }
        }
        return out;
    }

    /** In the batch's turn: reports its skipped pieces and duplicate ids in file order; returns what to write. */
    private List<Parsed> admit(List<Parsed> parsed) {
        List<Parsed> out = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            if (p.problem() != null) {
                skip(p.file(), p.problem());
            } else if (!seenIds.add(p.article().id())) {
                skip(p.file(), p.article().source() + ": duplicate id " + p.article().id()
                        + " (an earlier article in this run has it; the first is kept)");
            } else {
                out.add(p);
            }
        }
        articles.addAndGet(out.size());
        return out;
    }

    private void skip(String file, String reason) {
        failedFiles.add(file);
        report.skipped(reason);
    }

    private void writeOne(Parsed p) {
        try {
            articleWriter.write(p.article(), p.rawHash(), p.file());
        } catch (IOException e) {
            fail(e);
        } catch (RuntimeException e) {
            skip(p.file(), p.article().source() + ": could not be indexed: " + e);
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
