package communique.solr;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the test-cluster launcher (the separate Maven project in solr/, on Solr's Jetty 10 classpath) when its
 * classes or classpath file are missing, by running Maven on it. The Solr tests are skipped only when that build
 * fails for lack of network (its dependencies cannot be downloaded); any other failure fails them.
 */
final class LauncherBuild {

    static final Path PROJECT = Path.of("solr").toAbsolutePath();
    static final Path CLASSES = PROJECT.resolve("target/classes");
    static final Path CLASSPATH_FILE = PROJECT.resolve("target/classpath.txt");

    private static final long BUILD_MINUTES = 15;

    private LauncherBuild() {
    }

    /** The launcher's java -cp value, building it first if needed. */
    static synchronized String classpath() throws IOException, InterruptedException {
        if (!Files.isRegularFile(CLASSPATH_FILE) || !Files.isRegularFile(CLASSES.resolve("communique/solrlauncher/Launcher.class"))) {
            build();
        }
        return CLASSES + java.io.File.pathSeparator + Files.readString(CLASSPATH_FILE, StandardCharsets.UTF_8).strip();
    }

    private static void build() throws IOException, InterruptedException {
        Path log = Files.createTempFile("solr-launcher-build", ".log");
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-q", "-f", PROJECT.resolve("pom.xml").toString(), "package"));
        Process mvn = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!mvn.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            throw new IllegalStateException("building the Solr launcher took over " + BUILD_MINUTES + " min; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (mvn.exitValue() != 0) {
            Assumptions.assumeFalse(isNetworkFailure(output),
                    "Solr tests skipped: the launcher's dependencies cannot be downloaded (no network?)\n" + tail(output));
            throw new IllegalStateException("building the Solr launcher failed (exit " + mvn.exitValue() + "):\n" + tail(output));
        }
    }

    /** Maven's messages when an artifact cannot be fetched at all (not when one is missing from a reachable repository). */
    static boolean isNetworkFailure(String mavenOutput) {
        return mavenOutput.contains("UnknownHostException") || mavenOutput.contains("Connection refused")
                || mavenOutput.contains("Network is unreachable") || mavenOutput.contains("connect timed out")
                || mavenOutput.contains("Connect timed out")
                || mavenOutput.contains("has not been downloaded from it before") // offline with an empty cache
                || mavenOutput.contains("Could not transfer artifact");
    }

    /** The Maven that runs this build (surefire passes maven.home), else the one on PATH. */
    private static String maven() {
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }
}
