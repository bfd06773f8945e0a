package communique.cli;

import communique.article.UrlIds;
import communique.article.WarcBuilder;
import communique.index.Fields;
import communique.index.LiveDocuments;
import communique.search.LuceneSearchBackend;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code communique index} on a folder of web archives beside a txt article: the newest capture of each page across
 * the files is indexed under its address, damaged records are named by offset (exit 3) and lose nothing, a re-run
 * finds everything unchanged, and removing the newer archive brings back the older capture.
 */
class WarcIndexEndToEndTest {

    private static final String TALKS = "https://www.dawn.example/news/1234/pakistan-uk-talks";
    private static final String VISIT = "https://tribune.example/story/99";
    private static final Instant DAY1 = Instant.parse("2025-04-01T08:00:00Z");
    private static final Instant DAY2 = Instant.parse("2025-04-02T08:00:00Z");

    @TempDir
    Path tmp;

    private static String talks(String word) {
        return WarcBuilder.page("Dar and Lammy hold " + word + " talks", "2025-04-01",
                "ISLAMABAD: Foreign Minister Ishaq Dar met British Foreign Secretary David Lammy on Monday.",
                "Both sides called the meeting " + word + " and agreed to expand trade and visa cooperation.");
    }

    @Test
    void indexesTheNewestCaptureOfEachPageNamesDamagedRecordsAndLosesNothing() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("archive"));
        Path index = tmp.resolve("index");
        new WarcBuilder().warcinfo().request(TALKS).html(TALKS, DAY1, talks("cordial"))
                .response("https://www.dawn.example/logo.png", DAY1, 200, "image/png", new byte[]{1, 2, 3}, Map.of())
                .html(VISIT, DAY1, WarcBuilder.page("Chinese envoy visits Gwadar", "2025-04-01",
                        "GWADAR: The Chinese ambassador visited the port on Tuesday with Planning Minister Ahsan Iqbal."))
                .writeGzip(folder.resolve("crawl-1.warc.gz"));
        WarcBuilder second = new WarcBuilder().html(TALKS, DAY2, talks("productive"))
                .html("https://dawn.example/lying", DAY2, talks("lying")).damageLast(WarcBuilder.lengthOffBy(25))
                .html("https://dawn.example/corrupt", DAY2, talks("corrupt"))
                .html("https://dawn.example/after", DAY2, WarcBuilder.page("Trade figures released", "2025-04-02",
                        "KARACHI: Exports to the United Kingdom rose by a tenth, the commerce ministry said."));
        int[] member = {0};
        List<Long> offsets = second.write(folder.resolve("crawl-2.warc.gz"), record -> {
            byte[] gz = WarcBuilder.gzip(record);
            if (member[0]++ == 2) {
                gz[gz.length / 2] ^= (byte) 0xFF;
                gz[gz.length / 2 + 1] ^= (byte) 0xFF;
            }
            return gz;
        });
        Files.writeString(folder.resolve("notes.txt"), "date 2025-03-30 LAHORE: The provincial minister met the Turkish consul.");
        String crawl2 = folder.resolve("crawl-2.warc.gz").toString();

        CliRun run = CliRun.of("index", "--index", index.toString(), folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        List<String> skipped = run.err().lines().filter(l -> l.startsWith("skipped: ")).toList();
        assertThat(skipped).hasSize(2);
        assertThat(skipped.get(0)).startsWith("skipped: " + crawl2 + "#offset=" + offsets.get(1) + ": ").contains("Content-Length");
        assertThat(skipped.get(1)).startsWith("skipped: " + crawl2 + "#offset=" + offsets.get(2) + ": ")
                .containsAnyOf("corrupt gzip data", "not a valid WARC record");
        assertThat(run.lastLine()).startsWith("added=4 updated=0 unchanged=0 deleted=0 skipped=2 ");
        Map<String, Document> docs = LiveDocuments.checkedById(index);
        assertThat(docs.keySet()).containsExactlyInAnyOrder(UrlIds.idOf(TALKS), UrlIds.idOf(VISIT),
                UrlIds.idOf("https://dawn.example/after"), "notes");
        Document talks = docs.get(UrlIds.idOf(TALKS));
        assertThat(talks.get(Fields.TITLE)).isEqualTo("Dar and Lammy hold productive talks");
        assertThat(talks.get(Fields.URL)).isEqualTo(TALKS);
        assertThat(talks.get(Fields.SOURCE)).isEqualTo(crawl2 + "#offset=0");
        assertThat(search(index, "productive").hits()).singleElement()
                .satisfies(hit -> assertThat(hit.id()).isEqualTo(UrlIds.idOf(TALKS)));
        assertThat(search(index, "cordial").total()).as("the older capture is not indexed").isZero();

        CliRun again = CliRun.of("index", "--index", index.toString(), folder.toString());
        assertThat(again.lastLine()).startsWith("added=0 updated=0 unchanged=4 deleted=0 skipped=2 ");

        Files.delete(folder.resolve("crawl-2.warc.gz"));
        CliRun older = CliRun.of("index", "--index", index.toString(), folder.toString());
        assertThat(older.exitCode()).as(older.err()).isZero();
        assertThat(older.lastLine()).startsWith("added=0 updated=1 unchanged=2 deleted=1 skipped=0 ");
        assertThat(LiveDocuments.checkedById(index).get(UrlIds.idOf(TALKS)).get(Fields.TITLE))
                .isEqualTo("Dar and Lammy hold cordial talks");
    }

    private static SearchResult search(Path index, String query) throws Exception {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            return backend.search(new SearchRequest(query, List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1));
        }
    }

}
