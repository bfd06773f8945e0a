package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles are parsed on the worker threads, in batches, yet the run behaves as if one thread had read every file
 * in order: the first occurrence of an id wins and skipped lines are reported in file order, across batches.
 */
class IndexingPipelineTest {

    /** Spans several batches of {@link Batch#MAX_ARTICLES}. */
    private static final int LINES = 5 * Batch.MAX_ARTICLES + 7;

    @TempDir
    Path tmp;

    @Test
    void theFirstOccurrenceOfAnIdWinsAcrossFilesAndBatches() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        writeJsonl(articles.resolve("a.jsonl"), 0, LINES, "earlier");
        writeJsonl(articles.resolve("b.jsonl"), LINES / 2, LINES, "later");

        for (int workers : new int[] {1, 2, 4}) {
            Path index = tmp.resolve("index-" + workers);
            IndexReport report = new Indexer(index, new EntityExtractor(), workers).index(List.of(articles), IndexProgress.NONE);

            int duplicates = LINES - LINES / 2;
            assertThat(report.addedCount()).isEqualTo(LINES + LINES / 2);
            List<String> expected = new ArrayList<>();
            for (int line = 1; line <= duplicates; line++) {
                expected.add(articles.resolve("b.jsonl") + "#" + line + ": duplicate id a" + (LINES / 2 + line - 1));
            }
            assertThat(report.skippedSources()).hasSize(duplicates);
            for (int i = 0; i < duplicates; i++) {
                assertThat(report.skippedSources().get(i)).startsWith(expected.get(i));
            }
            assertThat(count(index, "earlier")).isEqualTo(LINES);
            assertThat(count(index, "later")).isEqualTo(LINES / 2);
        }
    }

    @Test
    void namesBadLinesInFileOrderAndIndexesTheRest() throws Exception {
        Path file = tmp.resolve("mixed.jsonl");
        List<String> lines = new ArrayList<>();
        List<String> expectedSkips = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            if (i % 37 == 5) {
                lines.add("{\"id\":\"x" + i + "\",\"body\":");
                expectedSkips.add(file + "#" + (i + 1) + ": invalid JSON");
            } else if (i % 53 == 7) {
                lines.add("{\"body\":\"No id here, only talks.\"}");
                expectedSkips.add(file + "#" + (i + 1) + ": no id");
            } else {
                lines.add(line("a" + i, "good"));
            }
        }
        Files.write(file, lines);

        IndexReport report = new Indexer(tmp.resolve("index"), new EntityExtractor(), 2).index(List.of(file), IndexProgress.NONE);

        assertThat(report.skippedSources()).hasSize(expectedSkips.size());
        for (int i = 0; i < expectedSkips.size(); i++) {
            assertThat(report.skippedSources().get(i)).startsWith(expectedSkips.get(i));
        }
        assertThat(report.addedCount()).isEqualTo(LINES - expectedSkips.size());
    }

    @Test
    void aFileThatFailsAsAWholeIsNamedInItsPlaceAmongTheOthers() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        writeJsonl(articles.resolve("a.jsonl"), 0, LINES, "good");
        Files.write(articles.resolve("b.jsonl"), new byte[] {0, 1, 2, 3});
        Files.writeString(articles.resolve("c.jsonl"), line("a0", "again") + "\n");

        IndexReport report = new Indexer(tmp.resolve("index"), new EntityExtractor(), 2).index(List.of(articles), IndexProgress.NONE);

        assertThat(report.skippedSources()).satisfiesExactly(
                s -> assertThat(s).startsWith(articles.resolve("b.jsonl") + ": binary content"),
                s -> assertThat(s).startsWith(articles.resolve("c.jsonl") + "#1: duplicate id a0"));
        assertThat(report.addedCount()).isEqualTo(LINES);
    }

    private static void writeJsonl(Path file, int from, int count, String version) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add(line("a" + i, version));
        }
        Files.write(file, lines);
    }

    private static String line(String id, String version) {
        return "{\"id\":\"" + id + "\",\"title\":\"Talks " + id + "\",\"date\":\"2024-03-01\",\"body\":\"The "
                + version + " text of " + id + ": ministers met in Islamabad to discuss trade.\"}";
    }

    private static int count(Path index, String bodyWord) throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.BODY, bodyWord)));
        }
    }
}
