package communique.index;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads files on the calling thread and hands articles through a bounded queue to worker threads that extract and
 * write them. One reader keeps file order and memory bounded; the workers carry the expensive part (extraction,
 * analysis) on every core. A worker's IOException (disk full, closed writer) stops the run; a failure on one
 * article skips that article and names it.
 */
final class IndexingPipeline {

    private record Task(Article article, String rawHash, String file) {
    }

    private static final Task END = new Task(null, null, null);

    private final ArticleWriter articleWriter;
    private final IndexReport report;
    private final int workers;
    private final BlockingQueue<Task> queue;
    private final Set<String> seenIds = ConcurrentHashMap.newKeySet();
    private final Set<String> failedFiles = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> fatal = new AtomicReference<>();
    private final AtomicLong articles = new AtomicLong();

    IndexingPipeline(ArticleWriter articleWriter, IndexReport report, int workers) {
        this.articleWriter = articleWriter;
        this.report = report;
        this.workers = workers;
        this.queue = new ArrayBlockingQueue<>(256 * workers);
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
            long done = 0;
            for (Path file : files) {
                if (fatal.get() != null) {
                    break;
                }
                readFile(file);
                progress.update(++done, files.size(), articles.get());
            }
        } finally {
            for (int i = 0; i < workers; i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    /** Ids read in this run (the deletion step keeps these). */
    Set<String> seenIds() {
        return seenIds;
    }

    /** Files that failed to read in whole or in part: nothing indexed from them may be deleted. */
    Set<String> failedFiles() {
        return failedFiles;
    }

    private void readFile(Path file) throws InterruptedException {
        String absolute = file.toAbsolutePath().normalize().toString();
        try {
            ArticleFiles.read(file, new ArticleSink() {
                @Override
                public void accept(Article article, String rawHash) {
                    enqueue(new Task(article, rawHash, absolute), absolute);
                }

                @Override
                public void skipped(ArticleReadException problem) {
                    failedFiles.add(absolute);
                    report.skipped(problem.getMessage());
                }
            });
        } catch (ArticleReadException e) {
            failedFiles.add(absolute);
            report.skipped(e.getMessage());
        }
    }

    private void enqueue(Task task, String file) {
        if (!seenIds.add(task.article().id())) {
            failedFiles.add(file);
            report.skipped(task.article().source() + ": duplicate id " + task.article().id() + " (already read from another file)");
            return;
        }
        articles.incrementAndGet();
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing " + task.article().source(), e);
        }
    }

    private void work() {
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == END) {
                return;
            }
            if (fatal.get() == null) {
                writeOne(task);
            }
        }
    }

    private void writeOne(Task task) {
        try {
            articleWriter.write(task.article(), task.rawHash(), task.file());
        } catch (IOException e) {
            fatal.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failedFiles.add(task.file());
            report.skipped(task.article().source() + ": could not be indexed: " + e);
        }
    }
}
