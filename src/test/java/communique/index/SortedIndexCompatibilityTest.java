package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
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
 * Indexes written by earlier versions were sorted newest first (an index sort). The indexer no longer sorts, and
 * must go on updating such an index in place: its sorted segments stay readable, merge with new unsorted ones, and
 * newest-first results keep their order.
 */
class SortedIndexCompatibilityTest {

    /** The index sort of earlier versions. */
    private static final Sort NEWEST_FIRST = new Sort(Fields.dateSortField(true));

    @TempDir
    Path tmp;

    @Test
    void updatesAnIndexSortedByAnEarlierVersionAndKeepsNewestFirstOrder() throws Exception {
        Path file = tmp.resolve("wire.jsonl");
        Files.write(file, List.of(line("a", "2021-03-04", "first"), line("b", "2024-06-01", "first"),
                line("c", null, "first"), line("d", "2019-12-31", "first")));
        Path index = tmp.resolve("index");
        buildSortedAsBefore(file, index);
        assertThat(segmentSorts(index)).as("the starting index is sorted").allMatch(sorted -> sorted);

        Files.write(file, List.of(line("a", "2021-03-04", "revised"), line("b", "2024-06-01", "first"),
                line("c", null, "first"), line("e", "2025-01-15", "first")));
        IndexReport report = new Indexer(index, new EntityExtractor(), 2).index(List.of(file), IndexProgress.NONE);

        assertThat(report.summaryLine()).startsWith("added=1 updated=1 unchanged=2 deleted=1 skipped=0 ");
        assertThat(newestFirst(index)).containsExactly("e", "b", "a", "c");
        try (Directory dir = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(dir, Indexer.writerConfig(OpenMode.APPEND))) {
            writer.forceMerge(1);
            writer.commit();
        }
        assertThat(segmentSorts(index)).as("sorted and unsorted segments merge into an unsorted one").containsExactly(false);
        assertThat(newestFirst(index)).containsExactly("e", "b", "a", "c");
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    /** The index the indexer makes, re-sorted newest first into {@code index} as earlier versions wrote it. */
    private void buildSortedAsBefore(Path file, Path index) throws Exception {
        Path unsorted = tmp.resolve("unsorted");
        new Indexer(unsorted, new EntityExtractor(), 1).index(List.of(file), IndexProgress.NONE);
        try (Directory from = FSDirectory.open(unsorted);
             DirectoryReader reader = DirectoryReader.open(from);
             Directory to = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(to, Indexer.writerConfig(OpenMode.CREATE).setIndexSort(NEWEST_FIRST))) {
            List<CodecReader> leaves = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                leaves.add(SortingCodecReader.wrap(SlowCodecReaderWrapper.wrap(leaf.reader()), NEWEST_FIRST));
            }
            writer.addIndexes(leaves.toArray(CodecReader[]::new));
            writer.commit();
        }
    }

    private static List<Boolean> segmentSorts(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.leaves().stream().map(leaf -> leaf.reader().getMetaData().getSort() != null).toList();
        }
    }

    private static List<String> newestFirst(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), 10, new Sort(Fields.dateSortField(true))).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(Fields.ID));
            }
            return ids;
        }
    }

    private static String line(String id, String date, String version) {
        return "{\"id\":\"" + id + "\"," + (date == null ? "" : "\"date\":\"" + date + "\",")
                + "\"title\":\"Talks " + id + "\",\"body\":\"The " + version + " report of talks " + id + " in Islamabad.\"}";
    }
}
