package communique.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code communique index} as a user runs it: in a pipe (plain lines), and on a real terminal (a pseudo-terminal made by
 * util-linux's {@code script}), where a progress bar is drawn. Either way its last progress line counts the articles
 * the summary line counts.
 */
class ProgressEndToEndTest {

    private static final Pattern SUMMARY = Pattern.compile("added=(\\d+) updated=(\\d+) unchanged=(\\d+) ");

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void inAPipeThePlainLinesEndWithTheSummarysCount() throws Exception {
        Path folder = articles(30);
        try (ChildCli child = ChildCli.start("index", "--index", tmp.resolve("index").toString(), folder.toString())) {
            assertThat(child.awaitExit()).isZero();
            String last = child.err().get(child.err().size() - 1);
            assertThat(last).startsWith("indexed: 30/30 files, " + seen(child.out().get(child.out().size() - 1))
                    + " articles (30 added, 0 updated, 0 unchanged), 0 skipped, ");
            assertThat(String.join("\n", child.err())).doesNotContain("\r");
        }
    }

    @Test
    @Timeout(120)
    void onATerminalABarIsDrawnAndEndsWithTheSummarysCount() throws Exception {
        assumeThat(Path.of("/usr/bin/script")).as("util-linux script, for a pseudo-terminal").exists();
        Path folder = articles(30);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "communique.cli.Main", "index", "--index",
                tmp.resolve("index").toString(), folder.toString());
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", command, "/dev/null")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("tty.txt").toFile());
        builder.environment().remove("CI");
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();
        // the bar moves the cursor up and down (ANSI CSI sequences) to redraw its line: only the text is compared
        String screen = Files.readString(tmp.resolve("tty.txt"), StandardCharsets.UTF_8)
                .replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");

        assertThat(process.exitValue()).as(screen).isZero();
        String summary = screen.lines().filter(line -> line.startsWith("added=")).findFirst().orElseThrow();
        String bar = screen.substring(0, screen.indexOf("added=")).strip();
        String lastDrawn = bar.substring(bar.lastIndexOf('\r') + 1).strip();
        assertThat(lastDrawn).startsWith("Indexing 100% [").contains("] 30/30 files (")
                .endsWith(") " + seen(summary) + " articles");
    }

    /** Articles the summary line says were read: added, updated and unchanged. */
    private static long seen(String summary) {
        Matcher m = SUMMARY.matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3));
    }

    private Path articles(int count) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), String.join("\n", List.of("Talks resume in round " + i,
                    "", "ISLAMABAD, March 6, 2025 - Interior Minister Mohsin Naqvi met British officials on day " + i
                            + " of the talks.")));
        }
        return folder;
    }
}
