package communique.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarcArticleReaderTest {

    private static final Instant DAY1 = Instant.parse("2025-04-01T08:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-04-02T08:00:00Z");
    private static final Instant DAY3 = Instant.parse("2025-04-03T08:00:00Z");
    private static final String TALKS = "https://www.dawn.example/news/1234/pakistan-uk-talks";
    private static final String VISIT = "http://tribune.example/story/99?ref=home";

    @TempDir
    Path tmp;

    private static String story(String version) {
        return WarcBuilder.page("Pakistan and UK hold talks " + version, "2025-04-01",
                "ISLAMABAD: Foreign Minister Ishaq Dar met the British High Commissioner on Monday to discuss trade.",
                "The talks, described as " + version + ", covered visas, energy and security cooperation.");
    }

    /** A crawl as Heritrix writes one: warcinfo, request/response pairs, page requisites, a redirect, metadata. */
    private static WarcBuilder crawl() {
        return new WarcBuilder().warcinfo()
                .request(TALKS).html(TALKS, DAY1, story("constructive"))
                .request("https://www.dawn.example/logo.png")
                .response("https://www.dawn.example/logo.png", DAY1, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1}, Map.of())
                .response("https://www.dawn.example/site.css", DAY1, 200, "text/css", "body{}".getBytes(StandardCharsets.UTF_8), Map.of())
                .response("https://www.dawn.example/old", DAY1, 301, "text/html", "<a href=/new>moved</a>".getBytes(StandardCharsets.UTF_8),
                        Map.of("Location", "/new"))
                .metadata(TALKS)
                .resource(VISIT, DAY1, "text/html; charset=utf-8", WarcBuilder.page("Envoy visits Karachi port", null,
                        "KARACHI: The visiting Chinese envoy toured the port on Tuesday with the provincial minister.")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlCapturesBecomeArticlesWithTheirTargetAsUrlAndIdAndTheRestIsCounted() throws Exception {
        for (boolean gzip : new boolean[]{false, true}) {
            Path file = tmp.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
            if (gzip) {
                crawl().writeGzip(file);
            } else {
                crawl().writePlain(file);
            }
            CollectingSink sink = read(file);

            assertThat(sink.skipped).isEmpty();
            assertThat(sink.articles).extracting(Article::url).containsExactly(TALKS, VISIT);
            Article talks = sink.articles.get(0);
            assertThat(talks.id()).isEqualTo(UrlIds.idOf(TALKS)).startsWith("dawn.example-news-1234-pakistan-uk-talks-");
            assertThat(talks.title()).isEqualTo("Pakistan and UK hold talks constructive");
            assertThat(talks.date()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(talks.place()).isEqualTo("ISLAMABAD");
            assertThat(talks.body()).startsWith("Foreign Minister Ishaq Dar").doesNotContain("Home", "Copyright");
            assertThat(talks.source()).startsWith(file + "#offset=");
            assertThat(sink.articles.get(1).place()).isEqualTo("KARACHI");

            WarcScan scan = WarcScan.of(file);
            assertThat(scan.others()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "warcinfo records", 1L, "request records", 2L, "metadata records", 1L,
                    "image/png responses", 1L, "text/css responses", 1L, "HTML responses with HTTP status 301", 1L));
        }
    }

    @Test
    void ofSeveralCapturesOfOneAddressTheNewestIsReadWhateverTheOrder() throws Exception {
        Path file = tmp.resolve("recrawl.warc.gz");
        new WarcBuilder()
                .html(TALKS, DAY2, story("newest"))
                .html(TALKS.replace("https://www.", "http://"), DAY1, story("oldest"))
                .html(TALKS + "#comments", DAY1.plusSeconds(60), story("older"))
                .writeGzip(file);

        CollectingSink sink = read(file);

        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.title()).endsWith("newest");
            assertThat(a.id()).isEqualTo(UrlIds.idOf(TALKS));
        });
    }

    @Test
    void acrossTheFilesOfARunTheNewestCaptureWinsAndEachAddressIsReadOnce() throws Exception {
        Path older = tmp.resolve("a-2025-04-03.warc.gz");
        Path newer = tmp.resolve("b-2025-04-01.warc.gz");
        new WarcBuilder().html(TALKS, DAY3, story("from the first file, newest")).html(VISIT, DAY1, story("visit v1")).writeGzip(older);
        new WarcBuilder().html(TALKS, DAY2, story("from the second file")).html(VISIT, DAY2, story("visit v2")).writeGzip(newer);

        List<Path> files = List.of(older, newer);
        ArticleSplitter splitter = ArticleSplitter.of(files);
        CollectingSink sink = new CollectingSink();
        for (Path f : files) {
            splitter.split(f, piece -> piece.parseInto(sink));
        }

        assertThat(sink.articles).extracting(Article::title)
                .containsExactlyInAnyOrder("Pakistan and UK hold talks from the first file, newest", "Pakistan and UK hold talks visit v2");
        assertThat(sink.articles).extracting(Article::source).allSatisfy(s -> assertThat(s).contains("#offset="));
    }

    @Test
    void aNewestRevisitStandsForThePageWithItsDigestEvenWhenANewerResponseDiffers() throws Exception {
        Path file = tmp.resolve("revisits.warc");
        String a = story("A");
        new WarcBuilder()
                .html(TALKS, DAY1, a)
                .html(TALKS, DAY2, story("B"))
                .revisit(TALKS, DAY3, a)
                .html(VISIT, DAY1, story("V"))
                .revisit(VISIT, DAY2, "a page these files do not hold")
                .revisit("https://elsewhere.example/x", DAY2, a)
                .writePlain(file);

        CollectingSink sink = read(file);

        assertThat(sink.articles).extracting(Article::title)
                .containsExactlyInAnyOrder("Pakistan and UK hold talks A", "Pakistan and UK hold talks V");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void aRecordWhoseContentLengthLiesIsNamedWithItsOffsetAndTheRecordsAfterItAreStillRead() throws Exception {
        for (int delta : new int[]{+40, -40, +5000}) {
            for (boolean gzip : new boolean[]{false, true}) {
                Path file = tmp.resolve("lying" + delta + (gzip ? ".warc.gz" : ".warc"));
                WarcBuilder warc = new WarcBuilder().html(TALKS, DAY1, story("before"))
                        .html("https://dawn.example/lies", DAY1, story("lying")).damageLast(WarcBuilder.lengthOffBy(delta))
                        .html(VISIT, DAY1, story("after"));
                List<Long> offsets = gzip ? warc.writeGzip(file) : warc.writePlain(file);

                CollectingSink sink = read(file);

                assertThat(sink.articles).as("delta %d gzip %s", delta, gzip).extracting(Article::title)
                        .containsExactly("Pakistan and UK hold talks before", "Pakistan and UK hold talks after");
                assertThat(sink.skipped).as("delta %d gzip %s", delta, gzip).singleElement().satisfies(e -> {
                    assertThat(e.source()).isEqualTo(file + "#offset=" + offsets.get(1));
                    assertThat(e.getMessage()).contains("Content-Length");
                });
            }
        }
    }

    @Test
    void aCorruptGzipMemberIsNamedAndTheMembersAfterItAreStillRead() throws Exception {
        Path file = tmp.resolve("corrupt.warc.gz");
        WarcBuilder warc = new WarcBuilder().html(TALKS, DAY1, story("before"))
                .html("https://dawn.example/corrupt", DAY1, story("corrupt"))
                .html(VISIT, DAY1, story("after"));
        int[] member = {0};
        List<Long> offsets = warc.write(file, record -> {
            byte[] gz = WarcBuilder.gzip(record);
            if (member[0]++ == 1) {
                for (int i = 30; i < 60; i++) {
                    gz[i] ^= (byte) 0x5A;
                }
            }
            return gz;
        });

        CollectingSink sink = read(file);

        assertThat(sink.articles).extracting(Article::title)
                .containsExactly("Pakistan and UK hold talks before", "Pakistan and UK hold talks after");
        assertThat(sink.skipped).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file + "#offset=" + offsets.get(1));
            assertThat(e.getMessage()).containsAnyOf("gzip", "not a valid WARC record");
        });
    }

    @Test
    void flippedBytesThatStillInflateAreCaughtByTheMembersCrcAndNeverIndexed() throws Exception {
        Path file = tmp.resolve("flipped.warc.gz");
        WarcBuilder warc = new WarcBuilder().html(TALKS, DAY1, story("intact"))
                .html(VISIT, DAY1, story("tampered"))
                .html("https://dawn.example/after", DAY1, story("after"));
        int[] member = {0};
        List<Long> offsets = warc.write(file, record -> {
            byte[] gz = WarcBuilder.gzipStored(record);
            if (member[0]++ == 1) {
                String text = new String(gz, StandardCharsets.ISO_8859_1);
                int at = text.indexOf("tampered");
                gz[at] = (byte) 'X';
            }
            return gz;
        });

        CollectingSink sink = read(file);

        assertThat(sink.articles).extracting(Article::title)
                .containsExactly("Pakistan and UK hold talks intact", "Pakistan and UK hold talks after");
        assertThat(sink.skipped).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file + "#offset=" + offsets.get(1));
            assertThat(e.getMessage()).contains("corrupt gzip data (CRC-32 mismatch");
        });
    }

    @Test
    void aFileCutOffInsideItsLastRecordKeepsEveryRecordBefore() throws Exception {
        for (boolean gzip : new boolean[]{false, true}) {
            Path file = tmp.resolve(gzip ? "cut.warc.gz" : "cut.warc");
            WarcBuilder warc = new WarcBuilder().html(TALKS, DAY1, story("whole")).html(VISIT, DAY1, story("cut off"));
            List<Long> offsets = gzip ? warc.writeGzip(file) : warc.writePlain(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, (int) (offsets.get(1) + (bytes.length - offsets.get(1)) / 2)));

            CollectingSink sink = read(file);

            assertThat(sink.articles).extracting(Article::title).containsExactly("Pakistan and UK hold talks whole");
            assertThat(sink.skipped).as("gzip %s", gzip).singleElement().satisfies(e -> {
                assertThat(e.source()).isEqualTo(file + "#offset=" + offsets.get(1));
                assertThat(e.getMessage()).contains("truncated");
            });
        }
    }

    @Test
    void aWholeFileGzipAndAChunkedGzippedLatinOnePageAreRead() throws Exception {
        Path file = tmp.resolve("whole.warc.gz");
        String html = WarcBuilder.page("Pakistan\u2019s envoy in S\u00e3o Paulo", "2025-04-02",
                "BRASILIA: Pakistan\u2019s ambassador met Brazil\u2019s foreign minister in S\u00e3o Paulo on Wednesday.");
        byte[] compressed = WarcBuilder.gzip(html.getBytes(Charset.forName("windows-1252")));
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        int half = compressed.length / 2;
        http.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        http.write(compressed, 0, half);
        http.writeBytes(("\r\n" + Integer.toHexString(compressed.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        http.write(compressed, half, compressed.length - half);
        http.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        new WarcBuilder().warcinfo().rawResponse(TALKS, DAY1, http.toByteArray())
                .html(VISIT, DAY1, story("second")).writeWholeGzip(file);

        CollectingSink sink = read(file);

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.articles).extracting(Article::title)
                .containsExactly("Pakistan\u2019s envoy in S\u00e3o Paulo", "Pakistan and UK hold talks second");
        assertThat(sink.articles.get(0).body()).contains("Brazil\u2019s foreign minister in S\u00e3o Paulo");
    }

    @Test
    void aPageWithoutStoryTextOrOfBinaryIsNamedAndTheOthersRead() throws Exception {
        Path file = tmp.resolve("odd.warc");
        List<Long> offsets = new WarcBuilder()
                .html("https://dawn.example/empty", DAY1, "<html><body><nav><a href=/>Home</a></nav></body></html>")
                .response("https://dawn.example/binary", DAY1, 200, "text/html", new byte[]{0, 1, 2, 3, 0, 0, 7}, Map.of())
                .html(TALKS, DAY1, story("fine"))
                .writePlain(file);

        CollectingSink sink = read(file);

        assertThat(sink.articles).extracting(Article::title).containsExactly("Pakistan and UK hold talks fine");
        assertThat(sink.skipped).extracting(ArticleReadException::source)
                .containsExactly(file + "#offset=" + offsets.get(0), file + "#offset=" + offsets.get(1));
    }

    @Test
    void aFileThatIsNoWarcOrEmptyFailsAsAWhole() throws Exception {
        Path html = tmp.resolve("page.warc.gz");
        Files.writeString(html, story("not an archive"));
        Path empty = Files.createFile(tmp.resolve("empty.warc"));

        assertThatThrownBy(() -> read(html)).isInstanceOf(ArticleReadException.class).hasMessageContaining("not a WARC file");
        assertThatThrownBy(() -> read(empty)).isInstanceOf(ArticleReadException.class).hasMessageContaining("empty file");
    }

    private static CollectingSink read(Path file) throws ArticleReadException {
        CollectingSink sink = new CollectingSink();
        List<RawArticle> pieces = new ArrayList<>();
        ArticleFiles.split(file, pieces::add);
        pieces.forEach(p -> p.parseInto(sink));
        return sink;
    }
}
