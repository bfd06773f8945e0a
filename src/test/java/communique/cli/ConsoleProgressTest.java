package communique.cli;

import communique.index.IndexReport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void plainLinesStartWithTheFirstReportAndEndWithTheReportsCounts() {
        ConsoleProgress progress = new ProgressLines(err);
        progress.update(1, 3, 0);
        progress.update(2, 3, 1); // within five seconds of the first: no line
        progress.update(3, 3, 1); // the last file read, its articles still in the queue
        progress.finish(report(2, 0, 1, 1));

        String[] lines = text().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("indexing: 1/3 files, 0 articles read, ");
        assertThat(lines[1]).matches("indexed: 3/3 files, 3 articles \\(2 added, 0 updated, 1 unchanged\\), 1 skipped, "
                + "[0-9.]+ articles/s");
        assertThat(text()).doesNotContain("\r");
    }

    @Test
    void theFirstFileGetsItsLineEvenRightAfterTheListing() {
        ConsoleProgress progress = new ProgressLines(err);
        progress.listing(10, 2);
        progress.update(1, 2, 0);

        assertThat(text().lines()).containsExactly("listing: 10 files and folders looked at, 2 article files",
                "indexing: 1/2 files, 0 articles read, 0 articles/s");
    }

    @Test
    void eachRunOfAWatcherGetsItsOwnLines() {
        ConsoleProgress progress = new ProgressLines(err);
        progress.update(1, 2, 0);
        progress.update(2, 2, 1);
        progress.finish(report(2, 0, 0, 0));
        progress.update(1, 3, 0);
        progress.finish(report(0, 3, 0, 0));

        assertThat(text().split("\n")).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("indexing: 1/2 files", "indexed: 2/2 files", "indexing: 1/3 files", "indexed: 3/3 files");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsAtTheReportsCount() {
        ConsoleProgress progress = ProgressBarOnTerminal.on(err);
        progress.listing(40, 3);
        progress.update(1, 3, 0);
        progress.update(3, 3, 2);
        progress.finish(report(3, 0, 0, 0));

        String text = text();
        assertThat(text).startsWith("\rlisting: 40 files and folders looked at, 3 article files\n").contains("\r")
                .endsWith("\n");
        String last = text.substring(text.lastIndexOf('\r') + 1).strip();
        assertThat(last).startsWith("Indexing 100% [").contains("] 3/3 files (").endsWith(") 3 articles");
    }

    @Test
    void aBarOnlyOnATerminalAndNeverUnderCi() {
        assertThat(ConsoleProgress.onTerminal(true, Map.of("TERM", "xterm-256color"))).isTrue();
        assertThat(ConsoleProgress.onTerminal(true, Map.of("CI", "true"))).isFalse();
        assertThat(ConsoleProgress.onTerminal(true, Map.of("TERM", "dumb"))).isFalse();
        assertThat(ConsoleProgress.onTerminal(false, Map.of())).isFalse();
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static IndexReport report(int added, int updated, int unchanged, int skipped) {
        IndexReport report = new IndexReport();
        for (int i = 0; i < added; i++) {
            report.added();
        }
        for (int i = 0; i < updated; i++) {
            report.updated();
        }
        for (int i = 0; i < unchanged; i++) {
            report.unchanged();
        }
        for (int i = 0; i < skipped; i++) {
            report.skipped("f" + i + ".txt: empty file");
        }
        report.finish();
        return report;
    }
}
