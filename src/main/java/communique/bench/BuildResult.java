package communique.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one index build cost.
 *
 * @param how          which build path ran (named in the output, since the Communiqué path may be a stand-in)
 * @param docs         articles indexed
 * @param seconds      wall time, commit included
 * @param indexBytes   size of the committed index directory
 * @param cpuSeconds   CPU time of the whole process over the build (all threads, merges included): on a machine
 *                     shared with other work, docs per CPU-second compares engines where wall time cannot
 */
record BuildResult(String how, long docs, double seconds, long indexBytes, double cpuSeconds) {

    static BuildResult measured(String how, long docs, long nanos, Path dir, long cpuNanosAtStart) {
        return new BuildResult(how, docs, Math.max(1e-9, nanos / 1e9), directorySize(dir),
                (processCpuNanos() - cpuNanosAtStart) / 1e9);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes this build's figures beside the index, tagged with the corpus it was built from. */
    void record(Path file, String corpus) throws IOException {
        MAPPER.writeValue(file.toFile(), Map.of("corpus", corpus, "build", this));
    }

    /** The figures of an earlier build of {@code corpus}, if one was recorded and its index is still there. */
    static Optional<BuildResult> recorded(Path file, String corpus, Path index) throws IOException {
        if (!Files.exists(file) || !Files.isDirectory(index)) {
            return Optional.empty();
        }
        var tree = MAPPER.readTree(file.toFile());
        if (!corpus.equals(tree.path("corpus").asText())) {
            return Optional.empty();
        }
        return Optional.of(MAPPER.treeToValue(tree.get("build"), BuildResult.class));
    }

    /** CPU time used by this JVM so far, all threads. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    double docsPerCpuSecond() {
        return cpuSeconds <= 0 ? 0 : docs / cpuSeconds;
    }

    double docsPerSecond() {
        return docs / seconds;
    }

    double bytesPerDoc() {
        return docs == 0 ? 0 : (double) indexBytes / docs;
    }

    static long directorySize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(BuildResult::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + file, e);
        }
    }
}
