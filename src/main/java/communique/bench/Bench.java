package communique.bench;

import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One benchmark run: corpus (reused when the same size and seed exist), both index builds, extraction score,
 * the task list against both engines, then the tables and the JSON line. Human progress goes to {@code err},
 * so that {@code out}'s last line is the JSON object.
 */
public final class Bench {

    private final BenchConfig config;
    private final PrintWriter out;
    private final PrintWriter err;

    public Bench(BenchConfig config, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    public void run() throws IOException, InterruptedException {
        Files.createDirectories(config.work());
        err.printf(Locale.ROOT, "machine: %d cores, load average %.2f at start (other processes share these cores)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ensureCorpus();
        BuildResult communique = reused(config.communiqueIndex());
        BuildResult baseline = reused(config.baselineIndex());
        if (communique == null || baseline == null) {
            deleteTree(config.communiqueIndex());
            deleteTree(config.communiqueIndex().resolveSibling("communique-index.building"));
            deleteTree(config.baselineIndex());
            // Communiqué first: the baseline then runs on a warmer JIT, so the ratio errs against us, not for us.
            communique = CommuniqueIndex.build(config.corpus(), config.communiqueIndex(), config.threads());
            communique.record(BenchConfig.buildRecord(config.communiqueIndex()), config.corpusKey());
            report(communique);
            System.gc();
            baseline = BaselineIndex.build(config.corpus(), config.baselineIndex(), config.threads());
            baseline.record(BenchConfig.buildRecord(config.baselineIndex()), config.corpusKey());
            report(baseline);
        }
        ExtractionScore.Result extraction = ExtractionScore.measure(config.corpus(), config.truth(),
                BenchConfig.EXTRACTION_SAMPLE);
        reportExtraction(extraction);
        err.println(FactExtractionScore.measure(config.corpus(), config.truth(), BenchConfig.EXTRACTION_SAMPLE).describe());
        List<SearchTask> tasks = config.tasks() == null ? TaskFile.bundled() : TaskFile.read(config.tasks());
        TaskRunner runner = new TaskRunner(tasks, config.warmupRounds(), config.rounds());
        // Lucene caches the filters it sees often; every task repeats, so with the cache on, later rounds would
        // measure bitsets remembered from earlier ones. Off for both engines (the server keeps it on).
        IndexSearcher.setDefaultQueryCache(null);
        try (PageSearcher pages = new BackendPages(config.communiqueIndex());
             PageSearcher basePages = new BaselinePages(config.baselineIndex())) {
            Map<String, Latencies> ours = runner.run(pages);
            Map<String, Latencies> theirs = runner.run(basePages);
            double heapMb = heapUsedMb();
            err.printf(Locale.ROOT, "load average %.2f at end%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            err.printf(Locale.ROOT, "search: %s vs %s, %d tasks, %d warm-up + %d measured rounds (checksum %d)%n",
                    pages.name(), basePages.name(), tasks.size(), config.warmupRounds(), config.rounds(), runner.checksum());
            err.flush();
            BenchReport.table(out, ours, theirs);
            out.println(BenchReport.json(config.docs(), communique, baseline, ours, theirs, heapMb, extraction));
            out.flush();
        }
    }

    /** With --reuse-indexes, the recorded build of an index made from this corpus; else null (build it). */
    private BuildResult reused(Path index) throws IOException {
        if (!config.reuseIndexes()) {
            Files.deleteIfExists(BenchConfig.buildRecord(index));
            return null;
        }
        BuildResult recorded = BuildResult.recorded(BenchConfig.buildRecord(index), config.corpusKey(), index)
                .orElse(null);
        if (recorded != null) {
            err.println("index: reusing " + index + " (figures below are from the run that built it)");
            report(recorded);
        }
        return recorded;
    }

    private void ensureCorpus() throws IOException {
        if (Files.exists(config.corpusDone())) {
            err.println("corpus: reusing " + config.corpus());
            return;
        }
        try (Stream<Path> old = Files.list(config.work())) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("corpus-")).toList()) {
                Files.delete(file);
            }
        }
        long start = System.nanoTime();
        new CorpusGenerator(config.seed()).write(config.docs(), config.corpus(), config.truth());
        Files.writeString(config.corpusDone(), "");
        err.printf(Locale.ROOT, "corpus: %d articles (seed %d) in %.1f s, %.0f MB%n", config.docs(), config.seed(),
                (System.nanoTime() - start) / 1e9, Files.size(config.corpus()) / 1e6);
    }

    private void report(BuildResult build) {
        err.printf(Locale.ROOT, "index: %s: %d docs in %.1f s = %.0f docs/s; %.1f CPU s = %.0f docs per CPU-second; %.0f bytes/doc%n",
                build.how(), build.docs(), build.seconds(), build.docsPerSecond(), build.cpuSeconds(),
                build.docsPerCpuSecond(), build.bytesPerDoc());
        err.flush();
    }

    private void reportExtraction(ExtractionScore.Result r) {
        err.printf(Locale.ROOT, "extraction on %d articles: officials P %.3f R %.3f F1 %.3f; countries P %.3f R %.3f F1 %.3f%n",
                r.articles(), r.officials().precision(), r.officials().recall(), r.officials().f1(),
                r.countries().precision(), r.countries().recall(), r.countries().f1());
        err.flush();
    }

    /** Heap in use after a full collection, with both indexes open: what a server of this index needs to keep. */
    private static double heapUsedMb() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
