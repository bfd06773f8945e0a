package communique.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, run inside the page under test. The exact version is pinned (with its
 * integrity hash) by src/test/npm/package.json and package-lock.json; when target/npm holds no copy of that lock yet,
 * it is installed there with {@code npm ci}, so a clean clone needs nothing but Node's npm and the registry. The script
 * goes in through WebDriver's executeScript, which the pages' CSP (no inline script) does not govern, so the CSP
 * stays as strict as it is served.
 */
final class Axe {

    static final Path PROJECT = Path.of("src", "test", "npm").toAbsolutePath();
    static final Path INSTALL = Path.of("target", "npm").toAbsolutePath();
    static final Path SCRIPT = INSTALL.resolve("node_modules/axe-core/axe.min.js");

    private static final long INSTALL_MINUTES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Runs axe with the options in arguments[0] (a JSON string) on the whole document. */
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, Object.assign(JSON.parse(arguments[0]), {resultTypes: ['violations']}))"
            + ".then(r => done(JSON.stringify({version: axe.version, violations: r.violations})))"
            + ".catch(e => done(JSON.stringify({error: String(e)})));";

    private static String source;

    /** One failed rule: its id, impact (minor, moderate, serious, critical) and each element that fails it. */
    record Violation(String rule, String impact, String help, List<Node> nodes) {
        private static final int NODES_SHOWN = 4;

        boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        /** The rule, then the first few elements that fail it (a chart's twelve bars say no more than four). */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(rule + " (" + impact + "): " + help);
            nodes.stream().limit(NODES_SHOWN).forEach(node -> text.append("\n    ").append(node));
            if (nodes.size() > NODES_SHOWN) {
                text.append("\n    … and ").append(nodes.size() - NODES_SHOWN).append(" more elements");
            }
            return text.toString();
        }
    }

    /** A failing element: its CSS selector path, its markup (first line), and axe's account of what to fix. */
    record Node(String target, String html, String summary) {
        @Override
        public String toString() {
            String markup = html.lines().findFirst().orElse("");
            return "target " + target + "  html " + (markup.length() > 160 ? markup.substring(0, 160) + "…" : markup)
                    + "\n      " + summary.strip().replace("\n", "\n      ");
        }
    }

    private Axe() {
    }

    /** Every violation on the page the driver shows now, of the rules axe enables by default. */
    static List<Violation> check(WebDriver driver) throws IOException, InterruptedException {
        return check(driver, "{}");
    }

    /** The same with axe's run options, such as {@code {"runOnly": ["wcag2aa"]}}, as JSON. */
    static List<Violation> check(WebDriver driver, String options) throws IOException, InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source() + "\n;");
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JsonNode answer = JSON.readTree((String) js.executeAsyncScript(RUN, options));
        if (answer.has("error")) {
            throw new IllegalStateException("axe failed on " + driver.getCurrentUrl() + ": " + answer.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : answer.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (JsonNode node : rule.get("nodes")) {
                nodes.add(new Node(node.get("target").toString(), node.get("html").asText(),
                        node.path("failureSummary").asText()));
            }
            violations.add(new Violation(rule.get("id").asText(), rule.path("impact").asText("minor"),
                    rule.get("help").asText(), nodes));
        }
        return violations;
    }

    /** The version src/test/npm/package.json pins. */
    static String pinnedVersion() throws IOException {
        return JSON.readTree(PROJECT.resolve("package.json").toFile()).path("devDependencies").path("axe-core").asText();
    }

    /** The version axe reports from inside the page (proof that the injected script runs). */
    static String version(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return window.axe ? axe.version : null;");
    }

    private static synchronized String source() throws IOException, InterruptedException {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT) || !installedFromTheCurrentLock()) {
                install();
            }
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        }
        return source;
    }

    /** Whether target/npm was installed from the lock file as it is now (not from an older pin). */
    private static boolean installedFromTheCurrentLock() throws IOException {
        Path installed = INSTALL.resolve("package-lock.json");
        return Files.isRegularFile(installed)
                && Files.mismatch(installed, PROJECT.resolve("package-lock.json")) == -1;
    }

    /** {@code npm ci} of the pinned package into target/npm; skipped off-line on a workstation, fatal in CI. */
    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALL);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(PROJECT.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Chromium.onPath("npm").isEmpty()) {
            unavailable("the accessibility tests need npm on PATH to install axe-core (apt-get install npm)", "");
        }
        Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), "npm-ci", ".log");
        Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(INSTALL.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci took over " + INSTALL_MINUTES + " min; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
            boolean offline = output.contains("ENOTFOUND") || output.contains("EAI_AGAIN")
                    || output.contains("ECONNREFUSED") || output.contains("ETIMEDOUT") || output.contains("ENETUNREACH");
            String message = "npm ci in " + INSTALL + " failed (exit " + npm.exitValue() + "):\n" + output;
            if (offline) {
                unavailable("axe-core cannot be downloaded (no network?)", output);
            }
            throw new IllegalStateException(message);
        }
        Files.delete(log);
    }

    private static void unavailable(String message, String detail) {
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(message + "\n" + detail);
        }
        Assumptions.abort(message);
    }
}
