package communique.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that could make the line rules slow (regex backtracking, quadratic scans) or throw. The time limits are
 * loose, for busy build machines: they catch super-linear behaviour, not a slow constant.
 */
class PathologicalTextTest {

    private static final String PARA = "The ministers met in Doha on Sunday and agreed to meet again in March.";

    @Test
    @Timeout(60)
    void parsesFiftyThousandShortLinesQuickly() throws Exception {
        String text = (PARA + "\n\nPM meets envoy\n3 hours ago\n\n").repeat(10_000);
        Article a = TxtArticleParser.parse("big", text, "big.txt");
        assertThat(a.body()).startsWith(PARA);
    }

    @Test
    @Timeout(60)
    void readsAHundredThousandLineFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("minutes.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 100_000; i++) {
                out.write("Minute " + i + ": the delegates discussed trade.\n");
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(100_000);

        CollectingSink sink = new CollectingSink();
        ArticleFiles.read(file, sink);

        Article a = sink.articles.get(0);
        assertThat(a.body().split("\n\n")).hasSize(100_000)
                .startsWith("Minute 1: the delegates discussed trade.")
                .endsWith("Minute 100000: the delegates discussed trade.");
    }

    @Test
    @Timeout(60)
    void streamsAHundredThousandLineJsonlFileSkippingOnlyItsBadLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wire.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 100_000; i++) {
                out.write(i % 1_000 == 0 ? "{\"id\": \"w" + i + "\", \"body\": \n"
                        : "{\"id\":\"w" + i + "\",\"body\":\"Envoys met in Doha for round " + i + " of talks.\"}\n");
            }
        }

        CollectingSink sink = new CollectingSink();
        ArticleFiles.read(file, sink);

        assertThat(sink.articles).hasSize(99_900);
        assertThat(sink.articles.get(99_899).id()).isEqualTo("w99999");
        assertThat(sink.skipped).hasSize(100).allSatisfy(p -> assertThat(p).hasMessageContaining("invalid JSON"));
        assertThat(sink.skipped.get(99).source()).isEqualTo(file + "#100000");
    }

    @Test
    @Timeout(60)
    void parsesOneHugeLineQuickly() throws Exception {
        String line = "word ".repeat(1_000_000) + "end.";
        Article a = TxtArticleParser.parse("line", line, "line.txt");
        assertThat(a.body()).endsWith("word end.");
        assertThat(a.title()).hasSizeLessThanOrEqualTo(Headline.MAX_LENGTH);
    }

    @Test
    @Timeout(60)
    void survivesLinesFullOfSeparatorsAndDots() throws Exception {
        String separators = "News | ".repeat(20_000) + "end.";
        String dots = "a.".repeat(200_000);
        String dashes = "— ".repeat(50_000) + "Photo";
        Article a = TxtArticleParser.parse("sep", separators + "\n" + dots + "\n" + dashes + "\n" + PARA, "sep.txt");
        assertThat(a.body()).endsWith(PARA);
    }
}
