package communique.cli;

import communique.article.ArticleIds;
import communique.search.LuceneSearchBackend;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code communique index} over names and ids made to break things: ids the server could not serve (3,000
 * characters, NUL, a line break, {@code ..}) are refused at indexing under the one id policy, each with its file
 * named, and exit code 3; file names that carry a newline or ANSI/OSC escape sequences are reported on one line
 * each, escaped, so they can neither forge report lines nor drive the terminal; a link to {@code /} is not walked,
 * and what was indexed through a link that is no longer followed is not deleted.
 */
class HostileNamesEndToEndTest {

    private static final String STORY = "ISLAMABAD: Foreign Minister Ishaq Dar met the visiting British envoy on Monday "
            + "to discuss trade, visas and energy cooperation between Pakistan and the United Kingdom.";

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void refusesIdsTheServerCouldNotServeAndNamesEachFile() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("good.txt"), STORY);
        Path wire = folder.resolve("wire.jsonl");
        Files.writeString(wire, String.join("\n", jsonl("ok-1"), jsonl("x".repeat(3_000)), jsonl("nul\\u0000id"),
                jsonl("two\\nlines"), jsonl(".."), jsonl("zero\\u200bwidth"), jsonl("x".repeat(ArticleIds.MAX_CHARS)),
                jsonl("ok-2")) + "\n");
        Path index = tmp.resolve("index");

        CliRun run = CliRun.of("index", "--index", index.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(skipped(run)).containsExactly(
                "skipped: " + wire + "#2: the id is 3,000 characters long (at most 255)",
                "skipped: " + wire + "#3: the id holds the invisible or control character U+0000 at position 4",
                "skipped: " + wire + "#4: the id holds the invisible or control character U+000A at position 4",
                "skipped: " + wire + "#5: the id \"..\" cannot be part of an address",
                "skipped: " + wire + "#6: the id holds the invisible or control character U+200B at position 5");
        assertThat(run.lastLine()).startsWith("added=4 ");
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            for (String id : List.of("good", "ok-1", "ok-2", "x".repeat(ArticleIds.MAX_CHARS))) {
                assertThat(backend.article(id, "")).as(id).isPresent();
            }
            assertThat(backend.article("x".repeat(ArticleIds.MAX_CHARS + 1), "")).isEmpty();
            assertThat(backend.article("nul\u0000id", "")).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void reportsHostileFileNamesOnOneEscapedLineEach() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("good.txt"), STORY);
        List<String> names = List.of("forged\nskipped: innocent.txt", "title\u001B]0;pwned\u0007.txt",
                "red\u001B[31mtext\u001B[0m.txt", "bell\u0007.txt", "csi\u009B31m.txt", "bidi\u202Etxt.exe.txt",
                "cr\roverwrite.txt");
        for (String name : names) {
            Files.writeString(folder.resolve(name), STORY);
        }
        Files.writeString(folder.resolve("clear\u001B[2J\u001B[Hscreen.txt"), "");
        Path index = tmp.resolve("index");

        CliRun run = CliRun.of("index", "--index", index.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("\u001B", "\u0007", "\u009B", "\u202E", "\r")
                .doesNotContain("\nskipped: innocent.txt");
        List<String> skipped = skipped(run);
        assertThat(skipped).hasSize(names.size() + 1);
        assertThat(skipped).contains("skipped: " + folder + "/clear\\e[2J\\e[Hscreen.txt: empty file",
                "skipped: " + folder + "/forged\\nskipped: innocent.txt: the id holds the"
                        + " invisible or control character U+000A at position 7",
                "skipped: " + folder + "/title\\e]0;pwned\\x07.txt: the id holds the invisible or control character"
                        + " U+001B at position 6",
                "skipped: " + folder + "/bidi\\u202Etxt.exe.txt: the id holds the invisible or control character"
                        + " U+202E at position 5");
        assertThat(run.err().lines().filter(line -> !line.startsWith("skipped: ") && !line.startsWith("indexing: ")
                && !line.startsWith("listing: "))).as("no line but report lines").isEmpty();
    }

    @Test
    @Timeout(120)
    void aLinkToTheRootIsNotWalkedAndALinkNoLongerFollowedLosesNothing() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("good.txt"), STORY);
        Path slash = Files.createSymbolicLink(folder.resolve("everything"), Path.of("/"));
        Path outside = Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(outside.resolve("shared.txt"), STORY);
        Path link = Files.createSymbolicLink(folder.resolve("shared"), outside);
        Path index = tmp.resolve("index");

        Files.delete(slash);
        CliRun followed = CliRun.of("index", "--follow-links", "--index", index.toString(), folder.toString());
        assertThat(followed.exitCode()).as(followed.err()).isZero();
        assertThat(followed.lastLine()).startsWith("added=2 ");

        Files.createSymbolicLink(slash, Path.of("/"));
        CliRun run = CliRun.of("index", "--index", index.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(skipped(run)).containsExactlyInAnyOrder(
                "skipped: " + slash + ": symbolic link to a folder outside the folders given (/), not followed;"
                        + " use --follow-links to follow it",
                "skipped: " + link + ": symbolic link to a folder outside the folders given (" + outside.toRealPath()
                        + "), not followed; use --follow-links to follow it");
        assertThat(run.lastLine()).as("the article under the link is kept").startsWith("added=0 updated=0 unchanged=1 deleted=0 ");
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            assertThat(backend.health().articles()).isEqualTo(2);
        }
    }

    private static String jsonl(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Talks\",\"body\":\"" + STORY + "\"}";
    }

    private static List<String> skipped(CliRun run) {
        return run.err().lines().filter(line -> line.startsWith("skipped: ")).toList();
    }
}
