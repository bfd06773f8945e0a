package communique.bench;

import java.util.Arrays;

/**
 * Per-query service times of one category on one engine, in nanoseconds: wall time, and the CPU time of the
 * JVM's threads over the query, which other processes on a busy machine inflate far less than wall time.
 */
final class Latencies {

    private long[] nanos = new long[64];
    private long[] cpuNanos = new long[64];
    private int count;
    private int refused;

    void add(long elapsedNanos, long elapsedCpuNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
            cpuNanos = Arrays.copyOf(cpuNanos, count * 2);
        }
        nanos[count] = elapsedNanos;
        cpuNanos[count++] = elapsedCpuNanos;
    }

    int count() {
        return count;
    }

    /** Records that the engine refused the query (its time is added as any other). */
    void refused() {
        refused++;
    }

    /** Queries the engine refused with a message (too expensive, invalid) instead of answering. */
    int refusedCount() {
        return refused;
    }

    /** The slowest query, in milliseconds. */
    double maxMs() {
        return percentileMs(100);
    }

    /** The nearest-rank percentile in milliseconds (p in 0..100); 0 when nothing was measured. */
    double percentileMs(double p) {
        return percentileMs(nanos, p);
    }

    /** The same percentile of CPU time. */
    double cpuPercentileMs(double p) {
        return percentileMs(cpuNanos, p);
    }

    private double percentileMs(long[] values, double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** Queries per second on one thread: count over the summed service time. */
    double qps() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total == 0 ? 0 : count / (total / 1e9);
    }
}
