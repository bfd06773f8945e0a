package communique.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticleReaderTest {

    private static final Path MIXED = CollectingSink.READER_DIR.resolve("mixed.jsonl");

    private static CollectingSink read(Path file) throws ArticleReadException {
        CollectingSink sink = new CollectingSink();
        ArticleFiles.read(file, sink);
        return sink;
    }

    @Test
    void skipsBadLinesAndReadsTheRest() throws Exception {
        CollectingSink sink = read(MIXED);
        assertThat(sink.articles).extracting(Article::id).containsExactly("j-001", "j-006", "j-007", "8");
        assertThat(sink.skipped).extracting(ArticleReadException::source)
                .containsExactly(MIXED + "#2", MIXED + "#3", MIXED + "#4", MIXED + "#8");
        assertThat(sink.skipped.get(0)).hasMessageContaining("invalid JSON");
        assertThat(sink.skipped.get(1)).hasMessageContaining("no id");
        assertThat(sink.skipped.get(2)).hasMessageContaining("empty body");
        assertThat(sink.skipped.get(3)).hasMessageContaining("not a JSON object");
    }

    @Test
    void appliesFurnitureRulesAndKeepsFieldsOfAGoodLine() throws Exception {
        Article a = read(MIXED).articles.get(0);
        assertThat(a.title()).isEqualTo("Pakistan, Qatar discuss LNG supplies");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 2, 11));
        assertThat(a.url()).isEqualTo("https://example.com/j-001");
        assertThat(a.place()).isEqualTo("DOHA");
        assertThat(a.source()).isEqualTo(MIXED + "#1");
        assertThat(a.body()).doesNotContain("Read more", "India", "APP")
                .isEqualTo("Pakistan and Qatar discussed long-term supplies of liquefied natural gas on Sunday.\n\n"
                        + "The energy ministers agreed to meet again in March.\n\n"
                        + "Both sides expressed satisfaction with the progress made so far.");
    }

    @Test
    void takesPublisherDayFromDateTimeAndNeverInventsADate() throws Exception {
        CollectingSink sink = read(MIXED);
        assertThat(sink.articles.get(1).date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(sink.articles.get(1).title()).isEqualTo("Pakistan and Malaysia agreed to expand cooperation in halal trade and tourism");
        assertThat(sink.articles.get(1).body()).contains("tourism.\n\nThe two prime ministers");
        assertThat(sink.articles.get(2).date()).isNull();
        assertThat(sink.articles.get(3).date()).isNull();
    }

    @Test
    void hashesEachLineSeparately() throws Exception {
        CollectingSink sink = read(MIXED);
        assertThat(sink.hashes).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(read(MIXED).hashes).isEqualTo(sink.hashes);
    }

    @Test
    void skipsOverlongAndInvalidUtf8LinesButNotTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        byte[] good = "{\"id\":\"ok\",\"body\":\"The talks went well, officials said.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
        String longLine = "{\"id\":\"long\",\"body\":\"" + "x".repeat(2000) + "\"}\n";
        Files.write(file, concat(bad, longLine.getBytes(StandardCharsets.UTF_8), good));
        CollectingSink sink = new CollectingSink();
        new JsonlArticleReader(1000).read(file, sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("ok");
        assertThat(sink.skipped).extracting(Throwable::getMessage)
                .satisfiesExactly(m -> assertThat(m).contains("#1", "not valid UTF-8"), m -> assertThat(m).contains("#2", "longer than"));
    }

    @Test
    void stripsByteOrderMarkOnFirstLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.jsonl");
        Files.writeString(file, "\uFEFF{\"id\":\"b\",\"body\":\"The envoy returned to Delhi on Monday evening.\"}\r\n");
        assertThat(read(file).articles).extracting(Article::id).containsExactly("b");
    }

    @Test
    void splitPiecesParsedLaterAndInAnyOrderGiveWhatReadGives() throws Exception {
        CollectingSink read = read(MIXED);
        List<RawArticle> pieces = new ArrayList<>();
        ArticleFiles.split(MIXED, pieces::add);
        CollectingSink parsed = new CollectingSink();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            pieces.get(i).parseInto(parsed);
        }
        Collections.reverse(parsed.articles);
        Collections.reverse(parsed.hashes);
        Collections.reverse(parsed.skipped);
        assertThat(parsed.articles).isEqualTo(read.articles);
        assertThat(parsed.hashes).isEqualTo(read.hashes);
        assertThat(parsed.skipped).extracting(Throwable::getMessage)
                .isEqualTo(read.skipped.stream().map(Throwable::getMessage).toList());
        assertThat(pieces).extracting(RawArticle::source).contains(MIXED + "#1", MIXED + "#8");
    }

    @Test
    void linesOfOnlyUnicodeSpacesOrAByteOrderMarkAreBlankButKeepTheLineCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spaces.jsonl");
        Files.writeString(file, "\uFEFF\n\u2003\u3000 \t\n{\"id\":\"s\",\"body\":\"The envoys met in Kabul.\"}\n");
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::source).containsExactly(file + "#3");
        assertThat(sink.skipped).isEmpty();

        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\u2003\n\uFEFF \n");
        assertThatThrownBy(() -> read(blank)).isInstanceOf(ArticleReadException.class).hasMessageContaining("only blank lines");
    }

    @Test
    void aLineOfSpacesAndBrokenUtf8IsNotBlankButNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.jsonl");
        Files.write(file, concat(new byte[] {' ', (byte) 0xE2, (byte) 0x80, '\n'},
                "{\"id\":\"ok\",\"body\":\"The envoys met in Kabul.\"}".getBytes(StandardCharsets.UTF_8)));
        CollectingSink sink = read(file);
        assertThat(sink.articles).extracting(Article::id).containsExactly("ok");
        assertThat(sink.skipped).singleElement().extracting(Throwable::getMessage).asString()
                .contains("#1", "not valid UTF-8");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
