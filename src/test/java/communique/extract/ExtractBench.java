package communique.extract;

import communique.article.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures extraction time per article over the seeds and our test articles (not a test: timings on shared
 * machines make flaky assertions). Reports thread CPU time as well as wall time, since a loaded machine
 * inflates the latter. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes communique.extract.ExtractBench [rounds]}.
 */
public final class ExtractBench {

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        List<Article> articles = new ArrayList<>();
        for (Path dir : List.of(TestArticles.SEEDS, TestArticles.OWN)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> articles.add(TestArticles.read(p)));
            }
        }
        EntityExtractor extractor = new EntityExtractor();
        long words = articles.stream().mapToLong(a -> a.body().split("\\s+").length).sum() / articles.size();
        int sink = 0;
        for (int i = 0; i < rounds / 4; i++) {
            for (Article a : articles) {
                sink += extractor.extract(a).officials().size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (Article a : articles) {
                sink += extractor.extract(a).officials().size();
            }
        }
        long n = (long) rounds * articles.size();
        double wall = (System.nanoTime() - start) / 1000.0 / n;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / n;
        System.out.printf("%d articles (mean %d words) x %d rounds: %.1f us CPU, %.1f us wall per article, one thread (%d)%n",
                articles.size(), words, rounds, cpu, wall, sink);
    }
}
