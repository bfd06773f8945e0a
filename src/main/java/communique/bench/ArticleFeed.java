package communique.bench;

import communique.article.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The producer/consumer shape of Communiqué's indexing pipeline, for the builds that cannot use it: one thread
 * parses the jsonl, a bounded queue hands articles to {@code workers} writer threads. The same queue bound as
 * the indexer's (256 per worker), so the baseline is not helped or hindered by a different hand-off.
 */
final class ArticleFeed {

    /** Writes one article; an IOException stops the feed. */
    interface Writer {
        void write(Article article) throws IOException;
    }

    private static final Article END = new Article("end", "", "", null, null, "end", null);

    private ArticleFeed() {
    }

    static long run(Path corpus, int workers, Writer writer) throws IOException, InterruptedException {
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(256 * workers);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> drain(queue, writer, failure), "bench-writer-" + i);
            t.start();
            threads.add(t);
        }
        long[] count = {0};
        try {
            CorpusFiles.readArticles(corpus, Long.MAX_VALUE, article -> {
                put(queue, article);
                count[0]++;
            });
        } finally {
            for (int i = 0; i < workers; i++) {
                queue.put(END);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        if (failure.get() != null) {
            throw new IOException("writing the index failed: " + failure.get(), failure.get());
        }
        return count[0];
    }

    private static void put(BlockingQueue<Article> queue, Article article) {
        try {
            queue.put(article);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while feeding " + article.id(), e);
        }
    }

    /** Keeps taking after a failure, so the reader never blocks on a full queue; it only stops writing. */
    private static void drain(BlockingQueue<Article> queue, Writer writer, AtomicReference<Exception> failure) {
        try {
            for (Article a = queue.take(); a != END; a = queue.take()) {
                if (failure.get() == null) {
                    write(writer, a, failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Writer writer, Article article, AtomicReference<Exception> failure) {
        try {
            writer.write(article);
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
