package communique.solrlauncher;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Runs a {@link MiniSolrCloudCluster} on loopback until told to stop, speaking a line protocol:
 * <pre>
 * args:   BASE_DIR [--nodes N] [--config NAME=DIR]...
 * stdout: SOLR_NODES http://127.0.0.1:p1/solr,http://127.0.0.1:p2/solr     once the cluster is up
 *         NODE_STOPPED i | NODE_STARTED i URL | ERROR message | STOPPED
 * stdin:  stop-node i | start-node i | stop          (end of input also stops the cluster)
 * </pre>
 * SIGTERM shuts the cluster down too. Only protocol lines go to stdout; Solr logs to stderr.
 */
public final class Launcher {

    private final MiniSolrCloudCluster cluster;
    /** The nodes as started: the cluster's own list drops a node while it is stopped, this one keeps its index. */
    private final List<JettySolrRunner> nodes;
    private final PrintStream out;
    private final AtomicBoolean down = new AtomicBoolean();

    private Launcher(MiniSolrCloudCluster cluster, PrintStream out) {
        this.cluster = cluster;
        this.nodes = List.copyOf(cluster.getJettySolrRunners());
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        LauncherOptions options = LauncherOptions.parse(args);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Launcher launcher = new Launcher(build(options), out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "launcher-shutdown"));
        out.println("SOLR_NODES " + launcher.nodeUrls());
        System.err.printf(Locale.ROOT, "launcher: %d nodes up in %.1f s%n", options.nodes(), (System.nanoTime() - start) / 1e9);
        launcher.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        launcher.shutdown();
        System.exit(0);
    }

    private static MiniSolrCloudCluster build(LauncherOptions options) throws Exception {
        Files.createDirectories(options.baseDir());
        // Bind and advertise loopback only: the cluster is for tests on this machine.
        System.setProperty("host", "127.0.0.1");
        System.setProperty("solr.disable.shardsWhitelist", "true");
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(options.nodes(), options.baseDir())
                .withMetrics(false);
        options.configs().forEach(builder::addConfig);
        return builder.build();
    }

    private String nodeUrls() {
        return nodes.stream()
                .map(j -> j.getBaseUrl().toString())
                .collect(Collectors.joining(","));
    }

    private void serve(BufferedReader in) throws Exception {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<String> words = List.of(line.trim().split("\\s+"));
            try {
                switch (words.get(0)) {
                    case "stop" -> {
                        return;
                    }
                    case "stop-node" -> stopNode(Integer.parseInt(words.get(1)));
                    case "start-node" -> startNode(Integer.parseInt(words.get(1)));
                    case "" -> { }
                    default -> out.println("ERROR unknown command: " + line);
                }
            } catch (Exception e) {
                out.println("ERROR " + line + ": " + e);
            }
        }
    }

    private void stopNode(int index) throws Exception {
        JettySolrRunner jetty = nodes.get(index);
        cluster.stopJettySolrRunner(jetty);
        cluster.waitForJettyToStop(jetty);
        out.println("NODE_STOPPED " + index);
    }

    /** Restarts a stopped node on its old port, so its URL (and its replicas' addresses) stay the same. */
    private void startNode(int index) throws Exception {
        JettySolrRunner jetty = nodes.get(index);
        cluster.startJettySolrRunner(jetty, true);
        cluster.waitForNode(jetty, 60);
        out.println("NODE_STARTED " + index + " " + jetty.getBaseUrl());
    }

    private void shutdown() {
        if (!down.compareAndSet(false, true)) {
            return;
        }
        try {
            cluster.shutdown();
            out.println("STOPPED");
        } catch (Exception e) {
            System.err.println("launcher: shutdown failed: " + e);
        }
    }

    /** Command-line options: base directory, node count, configsets to upload. */
    record LauncherOptions(Path baseDir, int nodes, java.util.Map<String, Path> configs) {

        static LauncherOptions parse(String[] args) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: Launcher BASE_DIR [--nodes N] [--config NAME=DIR]...");
            }
            int nodes = 2;
            java.util.Map<String, Path> configs = new java.util.LinkedHashMap<>();
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                    case "--config" -> {
                        String[] nameDir = args[++i].split("=", 2);
                        if (nameDir.length != 2) {
                            throw new IllegalArgumentException("--config wants NAME=DIR, got " + args[i]);
                        }
                        configs.put(nameDir[0], Path.of(nameDir[1]));
                    }
                    default -> throw new IllegalArgumentException("unknown launcher option " + args[i]);
                }
            }
            if (nodes < 1) {
                throw new IllegalArgumentException("--nodes must be at least 1, was " + nodes);
            }
            return new LauncherOptions(Path.of(args[0]), nodes, configs);
        }
    }
}
