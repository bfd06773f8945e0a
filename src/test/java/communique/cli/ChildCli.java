package communique.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code communique} in a child JVM of the test's classpath, so that a test can SIGKILL it mid-work; both of its
 * output streams are read to their end (a child never blocks on a full pipe) and kept as lines.
 */
final class ChildCli implements AutoCloseable {

    static final int SIGKILL_EXIT = 128 + 9;

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final List<Thread> drains = new ArrayList<>();

    private ChildCli(Process process) {
        this.process = process;
        drains.add(drain(process.getInputStream(), out, "child-out"));
        drains.add(drain(process.getErrorStream(), err, "child-err"));
    }

    /** Starts {@code communique ARGS...} with a small heap and a fast-starting JIT. */
    static ChildCli start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "communique.cli.Main"));
        command.addAll(List.of(args));
        return new ChildCli(new ProcessBuilder(command).start());
    }

    /** Waits until a line of stderr matches, or fails when the child exits first or the time runs out. */
    void awaitErrLine(Predicate<String> line, long timeoutMillis) throws InterruptedException {
        await(err, line, timeoutMillis);
    }

    /** The same on stdout. */
    void awaitOutLine(Predicate<String> line, long timeoutMillis) throws InterruptedException {
        await(out, line, timeoutMillis);
    }

    private void await(List<String> lines, Predicate<String> line, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (lines.stream().noneMatch(line)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the child (alive: " + process.isAlive() + ") never printed the line; stdout: "
                        + out + "; stderr: " + err);
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL, then waits for the child and its streams; returns its exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("the child did not exit");
        }
        for (Thread t : drains) {
            t.join();
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> out() {
        return out;
    }

    List<String> err() {
        return err;
    }

    /** Kills a child still running; an interrupt while waiting for it is kept for the caller to see. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread drain(InputStream stream, List<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed: nothing more to read
            }
        }, name);
        thread.start();
        return thread;
    }
}
