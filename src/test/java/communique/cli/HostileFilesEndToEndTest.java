package communique.cli;

import communique.article.Fifos;
import communique.index.Fields;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code communique index} over one folder where good articles (txt, html, jsonl, a BOM, deeply nested and
 * broken HTML, a file of 100,000 lines) sit beside every kind of hostile input: invalid UTF-8, NULs, binary, a
 * 200 MB file, jsonl lines that are broken, a symbolic link loop, a broken link, a pipe and an unreadable file.
 * Each bad input is named on stderr with the rule that refused it, exactly the good articles are indexed, and the
 * exit code is 3.
 */
class HostileFilesEndToEndTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;
    private static final String STORY = "ISLAMABAD: Foreign Minister Ishaq Dar met the visiting British envoy on Monday "
            + "to discuss trade, visas and energy cooperation between Pakistan and the United Kingdom.";

    @TempDir
    Path tmp;

    private Path folder;
    /** Each bad input's source as the indexer names it, and a phrase of the rule that must refuse it. */
    private final Map<String, String> refused = new LinkedHashMap<>();

    @Test
    @Timeout(300)
    void namesEveryBadInputWithItsRuleAndIndexesExactlyTheGoodArticles() throws Exception {
        folder = Files.createDirectories(tmp.resolve("articles"));
        Path index = tmp.resolve("index");
        List<String> goodIds = writeGoodArticles();
        writeBadFiles();
        writeBadLinksAndSpecialFiles();

        CliRun run = CliRun.of("index", "--index", index.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        List<String> skipped = skippedLines(run);
        assertThat(skipped).as("one line per bad input, nothing else skipped").hasSize(refused.size());
        refused.forEach((source, rule) -> assertThat(skipped).as("the line naming %s", source)
                .filteredOn(line -> line.startsWith("skipped: " + source + ": ")).singleElement().asString()
                .contains(rule));
        assertThat(run.lastLine()).startsWith("added=" + goodIds.size() + " updated=0 unchanged=0 deleted=0 skipped="
                + refused.size() + " ");

        Map<String, Document> indexed = storedDocuments(index);
        assertThat(indexed.keySet()).containsExactlyInAnyOrderElementsOf(goodIds);
        assertThat(indexed.get("bom").get(Fields.PLACE)).as("dateline found: the BOM is gone").isEqualTo("ISLAMABAD");
        assertThat(indexed.get("bom").get(Fields.BODY)).startsWith("Foreign Minister").doesNotContain("\uFEFF");
        assertThat(indexed.get("bom").get(Fields.TITLE)).doesNotContain("\uFEFF");
        assertThat(indexed.get("minutes").get(Fields.BODY).split("\n\n")).hasSize(100_000)
                .endsWith("Minute 100000: the delegates agreed on the agenda.");
        assertThat(indexed.get("deep").get(Fields.BODY)).contains("deeply nested story");
        assertThat(indexed.get("broken").get(Fields.BODY)).startsWith("Foreign Minister Ishaq Dar");

        CliRun again = CliRun.of("index", "--index", index.toString(), folder.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.lastLine()).as("a re-run loses nothing and finds nothing new")
                .startsWith("added=0 updated=0 unchanged=" + goodIds.size() + " deleted=0 skipped=" + refused.size() + " ");
        assertThat(storedDocuments(index).keySet()).containsExactlyInAnyOrderElementsOf(goodIds);
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    /** Good articles of every kind, including the odd but valid ones; returns their ids. */
    private List<String> writeGoodArticles() throws IOException {
        write("plain.txt", "date 2024-03-04 " + STORY);
        write("page.html", "<html><head><title>Dar meets envoy</title></head><body><article><p>" + STORY
                + "</p></article></body></html>");
        write("bom.txt", "\uFEFF" + STORY);
        write("deep.html", "<html><body>" + "<div>".repeat(10_000) + "<p>" + STORY + " A deeply nested story.</p>"
                + "</div>".repeat(10_000) + "</body></html>");
        write("broken.html", "<html><head><title>Talks</title><body><div class=\"story\"><p>" + STORY
                + "<p>Officials said the broken markup <b><i>never <table><tr><td>closed</div></span></p>>><<!-- and");
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("minutes.txt"))) {
            for (int i = 1; i <= 100_000; i++) {
                out.write("Minute " + i + ": the delegates agreed on the agenda.\n");
            }
        }
        write("wire.jsonl", jsonl("wire-1") + "\n" + jsonl("wire-2") + "\n");
        return List.of("plain", "page", "bom", "deep", "broken", "minutes", "wire-1", "wire-2",
                "mixed-1", "mixed-7", "mixed-9");
    }

    /** Files refused as a whole, and a jsonl file whose bad lines are refused one by one. */
    private void writeBadFiles() throws IOException {
        refuse(Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 talks ended.".getBytes(StandardCharsets.ISO_8859_1)),
                "not valid UTF-8");
        refuse(Files.write(folder.resolve("nul.txt"), (STORY + "\0" + STORY).getBytes(StandardCharsets.UTF_8)),
                "binary content (NUL byte");
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        refuse(Files.write(folder.resolve("scan.html"), random), "binary content");
        refuse(Files.write(folder.resolve("empty.txt"), new byte[0]), "empty file");
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(TWO_HUNDRED_MB);
        }
        // the size in the message comes from the file's length before any byte is read
        refuse(huge, "file too large (" + TWO_HUNDRED_MB + " bytes");

        Path mixed = folder.resolve("mixed.jsonl");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes((jsonl("mixed-1") + "\n{\"id\":\"mixed-2\",\"body\":\"unterminated\n"
                + "{\"title\":\"no id\",\"body\":\"" + STORY + "\"}\n").getBytes(StandardCharsets.UTF_8));
        lines.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'});
        lines.writeBytes(("{\"id\":\"mixed-5\",\"body\":\"\"}\n[1,2,3]\n" + jsonl("mixed-7") + "\n\n" + jsonl("mixed-9"))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(mixed, lines.toByteArray());
        refused.put(mixed + "#2", "invalid JSON");
        refused.put(mixed + "#3", "no id");
        refused.put(mixed + "#4", "not valid UTF-8");
        refused.put(mixed + "#5", "empty body");
        refused.put(mixed + "#6", "not a JSON object");
    }

    /**
     * Entries that cannot be read at all. Root reads any file whatever its permissions (and CI runs as root), so
     * the chmod case only counts where it bites; the broken link, the link loops and the pipe are unreadable for
     * everyone.
     */
    private void writeBadLinksAndSpecialFiles() throws Exception {
        Path sub = Files.createDirectories(folder.resolve("sub"));
        refuse(Files.createSymbolicLink(sub.resolve("loop"), folder), "symbolic link loop");
        refuse(Files.createSymbolicLink(folder.resolve("self.txt"), Path.of("self.txt")), "symbolic link loop");
        refuse(Files.createSymbolicLink(folder.resolve("moved.txt"), folder.resolve("nowhere.txt")),
                "broken symbolic link");
        refuse(Fifos.create(folder.resolve("pipe.txt")), "not a regular file");
        Path secret = write("secret.txt", STORY.replace("Monday", "Tuesday"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(secret)) {
            Files.delete(secret);
        } else {
            refuse(secret, "permission denied");
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private void refuse(Path path, String rule) {
        refused.put(path.toString(), rule);
    }

    private static String jsonl(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Talks " + id + "\",\"body\":\"" + STORY + "\"}";
    }

    private static List<String> skippedLines(CliRun run) {
        return run.err().lines().filter(line -> line.startsWith("skipped: ")).toList();
    }

    /** Every live document's stored fields by id. */
    private static Map<String, Document> storedDocuments(Path index) throws IOException {
        Map<String, Document> docs = new HashMap<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc);
                        docs.put(document.get(Fields.ID), document);
                    }
                }
            }
        }
        return docs;
    }
}
