package communique.bench;

import java.nio.file.Path;

/**
 * One benchmark run's settings.
 *
 * @param docs          articles to generate and index
 * @param seed          corpus seed: the same seed and size give the same corpus, which is then reused
 * @param work          directory for the corpus and both indexes (indexes are rebuilt every run)
 * @param warmupRounds  unrecorded rounds of the task list before measuring
 * @param rounds        measured rounds of the task list
 * @param threads       indexing threads for both engines
 * @param tasks         task file, or null for the bundled one
 * @param reuseIndexes  keep both indexes of an earlier complete run on the same corpus and only search (for
 *                      iterating on the query side; the build figures printed are that run's)
 */
public record BenchConfig(int docs, long seed, Path work, int warmupRounds, int rounds, int threads, Path tasks,
                          boolean reuseIndexes) {

    /** Extraction is scored on the first articles only: enough for a stable figure, cheap at a million. */
    static final int EXTRACTION_SAMPLE = 5_000;

    public BenchConfig {
        if (docs < 1) {
            throw new IllegalArgumentException("--docs must be at least 1, was " + docs);
        }
        if (rounds < 1 || warmupRounds < 0) {
            throw new IllegalArgumentException("--rounds must be at least 1 and --warmup at least 0, were "
                    + rounds + " and " + warmupRounds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
    }

    Path corpus() {
        return work.resolve(corpusName() + ".jsonl");
    }

    Path truth() {
        return work.resolve(corpusName() + ".truth.jsonl");
    }

    /** Written after both corpus files are complete: a run interrupted while generating is not reused. */
    Path corpusDone() {
        return work.resolve(corpusName() + ".done");
    }

    /** Generator version, seed and size: a corpus is reused only when all three match. */
    private String corpusName() {
        return "corpus-v" + CorpusGenerator.VERSION + "-" + seed + "-" + docs;
    }

    Path communiqueIndex() {
        return work.resolve("communique-index");
    }

    Path baselineIndex() {
        return work.resolve("baseline-index");
    }

    /** Where a finished build records its figures, with the corpus it was built from. */
    static Path buildRecord(Path index) {
        return index.resolveSibling(index.getFileName() + ".build.json");
    }

    /** The corpus name recorded beside a build, so an index is reused only for the corpus it holds. */
    String corpusKey() {
        return corpusName();
    }
}
