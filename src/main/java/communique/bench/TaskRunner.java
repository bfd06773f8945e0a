package communique.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the task list single-threaded, luceneutil-style: warm-up rounds (not recorded) so the JIT and the page
 * cache settle, then measured rounds, each task timed alone with System.nanoTime and the CPU clocks of the JVM's
 * Java threads summed: not the calling thread's alone, because a search of a large index runs in slices on other
 * threads too ({@code SearchSlicing}). (The process clock would also count GC and JIT, but the JVM reads it in
 * 10 ms steps.) Service time, not latency under load: the HTTP run covers queueing.
 */
final class TaskRunner {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final List<SearchTask> tasks;
    private final int warmupRounds;
    private final int rounds;
    private long checksum;

    TaskRunner(List<SearchTask> tasks, int warmupRounds, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        this.tasks = tasks;
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
    }

    /** Latencies per category, in task-file order of first appearance; tasks the engine cannot answer are left out. */
    Map<String, Latencies> run(PageSearcher engine) throws IOException {
        for (int i = 0; i < warmupRounds; i++) {
            round(engine, null);
        }
        Map<String, Latencies> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
            round(engine, byCategory);
        }
        return byCategory;
    }

    /** The sum of what every page showed: printed, so no query's work can be dropped as dead code. */
    long checksum() {
        return checksum;
    }

    private void round(PageSearcher engine, Map<String, Latencies> record) throws IOException {
        for (SearchTask task : tasks) {
            if (!engine.canAnswer(task)) {
                continue;
            }
            long cpuStart = cpuOfAllThreads();
            long start = System.nanoTime();
            boolean refused = false;
            try {
                checksum += engine.run(task);
            } catch (PageSearcher.Refused e) {
                refused = true;
            }
            long elapsed = System.nanoTime() - start;
            long cpu = cpuOfAllThreads() - cpuStart;
            if (record != null) {
                Latencies latencies = record.computeIfAbsent(task.category(), c -> new Latencies());
                latencies.add(elapsed, cpu);
                if (refused) {
                    latencies.refused();
                }
            }
        }
    }

    /** CPU time of every live Java thread, in nanoseconds. */
    private static long cpuOfAllThreads() {
        long sum = 0;
        for (long nanos : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
            sum += Math.max(0, nanos); // -1 for a thread that ended meanwhile
        }
        return sum;
    }
}
