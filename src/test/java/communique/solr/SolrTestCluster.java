package communique.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A two-node SolrCloud cluster with embedded ZooKeeper, run by the launcher (solr/) in a child JVM: Solr runs on
 * Jetty 10 and cannot share this JVM's classpath with Javalin's Jetty 12. Started once per test run and shared by
 * every Solr test class ({@link SolrClusterExtension}); each test class uses its own collection.
 */
final class SolrTestCluster implements AutoCloseable {

    private static final long START_SECONDS = 120;
    private static final long COMMAND_SECONDS = 120;

    private final Process process;
    private final List<String> nodeUrls;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PrintWriter commands;
    private final Path log;

    private SolrTestCluster(Process process, Path log) throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(this::readLines, "solr-launcher-stdout");
        reader.setDaemon(true);
        reader.start();
        String first = expect("SOLR_NODES ", START_SECONDS);
        this.nodeUrls = List.of(first.substring("SOLR_NODES ".length()).split(","));
    }

    /** Starts the cluster (building the launcher first if needed) and waits until every node answers. */
    static SolrTestCluster start(Path baseDir) throws IOException, InterruptedException {
        String classpath = LauncherBuild.classpath();
        deleteRecursively(baseDir.resolve("cluster"));
        Files.createDirectories(baseDir);
        Path log = baseDir.resolve("launcher.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath,
                "communique.solrlauncher.Launcher", baseDir.resolve("cluster").toString(), "--nodes", "2")
                .redirectError(log.toFile())
                .start();
        try {
            return new SolrTestCluster(process, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    List<String> nodeUrls() {
        return nodeUrls;
    }

    /** Stops node {@code index} (0 or 1) and waits until it is down. */
    void stopNode(int index) throws InterruptedException {
        commands.println("stop-node " + index);
        expect("NODE_STOPPED " + index, COMMAND_SECONDS);
    }

    /** Restarts node {@code index} on its old port and waits until it has rejoined the cluster. */
    void startNode(int index) throws InterruptedException {
        commands.println("start-node " + index);
        expect("NODE_STARTED " + index, COMMAND_SECONDS);
    }

    /** Asks the launcher to shut the cluster down, and kills it if it has not exited within a minute. */
    @Override
    public void close() {
        commands.println("stop");
        commands.close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("ERROR reading the launcher's output: " + e);
        }
        lines.add("EXITED");
    }

    private String expect(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("the Solr launcher did not say \"" + prefix + "\" within " + seconds + " s; log: " + log);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERROR") || line.equals("EXITED")) {
                throw new IllegalStateException("the Solr launcher failed waiting for \"" + prefix + "\": " + line + "; log: " + log);
            }
        }
    }
}
