package communique.cli;

import communique.bench.Bench;
import communique.bench.BenchConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code communique bench}: archive-scale figures for Communiqué against a raw-Lucene baseline (docs/benchmarks.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure indexing and search on a synthetic corpus.",
                "Generates a corpus with known entities, indexes it with Communiqué and with a raw-Lucene baseline,"
                        + " runs a luceneutil-style task file against both and prints a table per category.",
                "The last line of output is one JSON object with the headline figures."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "N", description = "Articles to generate and index.")
    int docs;

    @Option(names = "--seed", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Corpus and indexes; the corpus is reused for the same N and seed (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target", "bench-work");

    @Option(names = "--rounds", paramLabel = "R", description = "Measured rounds of the task file (default: ${DEFAULT-VALUE}).")
    int rounds = 10;

    @Option(names = "--warmup", paramLabel = "W", description = "Unmeasured warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads for both engines (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--tasks", paramLabel = "FILE", description = "Task file (default: the bundled bench/tasks.txt).")
    Path tasks;

    @Option(names = "--reuse-indexes",
            description = "Skip both builds when a previous run built them from the same corpus; search only.")
    boolean reuseIndexes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BenchConfig config = new BenchConfig(docs, seed, work, warmup, rounds, threads, tasks, reuseIndexes);
        new Bench(config, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return ExitCodes.OK;
    }
}
