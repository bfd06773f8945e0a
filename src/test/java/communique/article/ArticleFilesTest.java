package communique.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files: each is refused with a message naming the file, and never crashes the reader. */
class ArticleFilesTest {

    private static final String STORY = "The foreign ministers met in Doha on Sunday and agreed to meet again in March.";

    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws ArticleReadException {
        CollectingSink sink = new CollectingSink();
        ArticleFiles.read(file, sink);
        return sink;
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(ArticleReadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ArticleReadException) e).source()).isEqualTo(file.toString()));
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() throws Exception {
        assertRefused(Files.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
        assertRefused(Files.writeString(dir.resolve("blank.html"), " \n\t\n"), "empty file");
        assertRefused(Files.write(dir.resolve("empty.jsonl"), new byte[0]), "empty file");
        assertRefused(Files.writeString(dir.resolve("blank.jsonl"), "\n\n"), "empty file");
    }

    @Test
    void refusesBinaryContentAndNulBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(Files.write(dir.resolve("image.txt"), png), "binary");
        assertRefused(Files.write(dir.resolve("nul.html"), ("<p>" + STORY + "\0</p>").getBytes(StandardCharsets.UTF_8)), "NUL");
        assertRefused(Files.write(dir.resolve("nul.jsonl"), "{\"id\":\"a\"}\0\n".getBytes(StandardCharsets.UTF_8)), "binary");
        byte[] controls = new byte[400];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertRefused(Files.write(dir.resolve("controls.txt"), controls), "control bytes");
    }

    @Test
    void refusesInvalidUtf8AndUtf16() throws Exception {
        byte[] latin1 = ("Caf\u00e9 talks in Paris ended on Monday.").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(Files.write(dir.resolve("latin1.txt"), latin1), "not valid UTF-8");
        assertRefused(Files.write(dir.resolve("utf16.txt"), STORY.getBytes(StandardCharsets.UTF_16)), "UTF-16");
    }

    @Test
    void stripsUtf8ByteOrderMarkAndStillReadsDateHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.txt"), "\uFEFF date 2024-01-09 " + STORY);
        Article a = read(file).articles.get(0);
        assertThat(a.body()).isEqualTo(STORY);
        assertThat(a.date()).hasToString("2024-01-09");
        assertThat(a.id()).isEqualTo("bom");
    }

    @Test
    void refusesAbsurdlyLargeFileBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(RawText.MAX_DOCUMENT_BYTES + 1);
        }
        assertRefused(file, "too large");
    }

    @Test
    void sizeLimitIsAppliedToTheRawBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), STORY);
        assertThatThrownBy(() -> new TxtArticleReader(10).read(file, new CollectingSink())).hasMessageContaining("too large");
        CollectingSink sink = new CollectingSink();
        new TxtArticleReader(1000).read(file, sink);
        assertThat(sink.articles).hasSize(1);
    }

    @Test
    void refusesUnreadableFileNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), STORY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not apply (the cases below still run)");
        assertRefused(file, "permission denied");
    }

    @Test
    void refusesAFileRemovedBetweenListingAndReading() throws Exception {
        Path file = Files.writeString(dir.resolve("gone.txt"), STORY);
        assertThat(ArticleFiles.list(List.of(dir), p -> { })).containsExactly(file);
        Files.delete(file);
        assertRefused(file, "cannot read: no such file");
    }

    @Test
    void refusesADirectoryGivenAsAnArticleFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        assertRefused(folder, "cannot read");
    }

    @Test
    void namesABrokenSymbolicLinkInsteadOfPassingItOver() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("elsewhere.txt"));
        List<ArticleReadException> problems = new ArrayList<>();
        assertThat(ArticleFiles.list(List.of(dir), problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(link.toString());
            assertThat(p).hasMessageContaining("broken symbolic link");
        });
    }

    @Test
    void namesALinkToItselfAsALoop() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        List<ArticleReadException> problems = new ArrayList<>();
        assertThat(ArticleFiles.list(List.of(dir), problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(link.toString());
            assertThat(p).hasMessageContaining("symbolic link loop");
        });
    }

    @Test
    @Timeout(10)
    void namesAPipeWithoutOpeningIt() throws Exception {
        Path fifo = Fifos.create(dir.resolve("pipe.txt"));
        List<ArticleReadException> problems = new ArrayList<>();
        assertThat(ArticleFiles.list(List.of(dir), problems::add)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(fifo.toString());
            assertThat(p).hasMessageContaining("not a regular file");
        });
    }

    @Test
    void refusesUnknownExtension() throws Exception {
        assertRefused(Files.writeString(dir.resolve("notes.md"), STORY), "not an article file");
    }

    @Test
    void hashesTheRawBytesSoAnyChangeShows() throws Exception {
        Path file = Files.writeString(dir.resolve("h.txt"), STORY);
        String first = read(file).hashes.get(0);
        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(read(file).hashes.get(0));
        Files.writeString(file, STORY + " ");
        assertThat(read(file).hashes.get(0)).isNotEqualTo(first);
    }

    @Test
    void listsArticleFilesSortedAndSkipsOtherKinds() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        for (String name : List.of("b/c/z.jsonl", "b/a.HTML", "a.txt", "b/readme.md", "b/c/page.htm")) {
            Files.writeString(dir.resolve(name), STORY);
        }
        List<ArticleReadException> problems = new ArrayList<>();
        assertThat(ArticleFiles.list(List.of(dir), problems::add)).containsExactly(
                dir.resolve("a.txt"), dir.resolve("b/a.HTML"), dir.resolve("b/c/page.htm"), dir.resolve("b/c/z.jsonl"));
        assertThat(problems).isEmpty();
    }

    @Test
    @Timeout(10)
    void terminatesOnSymlinkLoopAndListsEachFileOnce() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), STORY);
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("alias.txt"), sub.resolve("a.txt"));
        List<ArticleReadException> problems = new ArrayList<>();
        List<Path> files = ArticleFiles.list(List.of(dir), problems::add);
        assertThat(files).containsExactly(dir.resolve("alias.txt"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(sub.resolve("loop").toString());
            assertThat(p).hasMessageContaining("symbolic link loop");
        });
    }

    @Test
    void reportsMissingRootAndKeepsGoing() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), STORY);
        List<ArticleReadException> problems = new ArrayList<>();
        assertThat(ArticleFiles.list(List.of(dir.resolve("missing"), file), problems::add)).containsExactly(file);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(dir.resolve("missing").toString()));
    }

    @Test
    void reportsUnreadableDirectory() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("a.txt"), STORY);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply");
            List<ArticleReadException> problems = new ArrayList<>();
            assertThat(ArticleFiles.list(List.of(dir), problems::add)).isEmpty();
            assertThat(problems).singleElement().satisfies(p -> assertThat(p).hasMessageContaining("cannot list"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void readsTheShippedSeedCorpus() throws Exception {
        List<ArticleReadException> problems = new ArrayList<>();
        List<Path> files = ArticleFiles.list(List.of(Path.of("index-data", "articles")), problems::add);
        CollectingSink sink = new CollectingSink();
        for (Path file : files) {
            ArticleFiles.read(file, sink);
        }
        assertThat(problems).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("000_e5b1698ca445e388", "001_514842500035c35e",
                "002_31ebe3ab8fbe6428", "003_261cfe53149ba554", "004_1f6bf9328a5445cf");
    }

    @Test
    void aOneArticleFileSplitsIntoOnePieceThatReadsTheFileOnlyWhenParsed() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), STORY);
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, '(', 'x'});
        List<RawArticle> pieces = new ArrayList<>();
        ArticleFiles.split(good, pieces::add);
        ArticleFiles.split(bad, pieces::add);
        Files.writeString(good, STORY + " The talks ended on Monday.");

        CollectingSink sink = new CollectingSink();
        pieces.forEach(p -> p.parseInto(sink));

        assertThat(pieces).extracting(RawArticle::source).containsExactly(good.toString(), bad.toString());
        assertThat(sink.articles).singleElement().satisfies(a -> assertThat(a.body()).endsWith("ended on Monday."));
        assertThat(sink.skipped).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("not valid UTF-8"));
    }

    @Test
    void refusesToSplitAFileOfAnotherKind() throws Exception {
        Path pdf = Files.writeString(dir.resolve("scan.pdf"), STORY);
        assertThatThrownBy(() -> ArticleFiles.split(pdf, p -> { })).isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("not an article file");
    }
}
