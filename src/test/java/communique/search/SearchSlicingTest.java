package communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

class SearchSlicingTest {

    private static final int[] SEGMENT_DOCS = {50, 30, 20, 10, 5, 5};

    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void segments() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            int id = 0;
            for (int docs : SEGMENT_DOCS) {
                for (int i = 0; i < docs; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit(); // one segment per batch
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSize(SEGMENT_DOCS.length);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void dealsEverySegmentOnceIntoSlicesOfAboutEqualSize() {
        for (int count = 1; count <= 8; count++) {
            List<List<LeafReaderContext>> slices = SearchSlicing.balanced(reader.leaves(), count);
            assertThat(slices).hasSize(Math.min(count, SEGMENT_DOCS.length));
            List<LeafReaderContext> dealt = new ArrayList<>();
            slices.forEach(dealt::addAll);
            assertThat(dealt).containsExactlyInAnyOrderElementsOf(reader.leaves());
            long largest = slices.stream().mapToLong(SearchSlicingTest::docs).max().orElseThrow();
            long smallest = slices.stream().mapToLong(SearchSlicingTest::docs).min().orElseThrow();
            assertThat(largest - smallest).as(count + " slices").isLessThanOrEqualTo(50);
        }
        assertThat(SearchSlicing.balanced(reader.leaves(), 2)).extracting(SearchSlicingTest::docs)
                .containsExactly(60L, 60L);
    }

    @Test
    void slicesOnlyIndexesLargeEnough() {
        try (SearchSlicing small = new SearchSlicing(2, 1_000); SearchSlicing large = new SearchSlicing(2, 100);
             SearchSlicing oneCore = new SearchSlicing(1, 0)) {
            assertThat(small.searcher(reader).getSlices()).hasSize(1);
            assertThat(large.searcher(reader).getSlices()).hasSize(2);
            assertThat(large.searcher(reader).getExecutor()).isNotNull();
            assertThat(oneCore.searcher(reader).getExecutor()).isNull();
        }
    }

    private static long docs(List<LeafReaderContext> slice) {
        return slice.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    }
}
