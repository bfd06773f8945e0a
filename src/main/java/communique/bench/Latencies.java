package communique.bench;

import java.util.Arrays;

/** Per-query service times of one category on one engine, in nanoseconds, with the figures the table shows. */
final class Latencies {

    private long[] nanos = new long[64];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds (p in 0..100); 0 when nothing was measured. */
    double percentileMs(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
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
