package communique.search;

import communique.index.Fields;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentOrdinalsCacheTest {

    @Test
    void readsEachSegmentOnceAndForgetsItWhenLuceneClosesIt(@TempDir Path dir) throws Exception {
        Path index = TestIndexes.seedLike(dir.resolve("index"));
        SegmentOrdinalsCache cache = new SegmentOrdinalsCache();
        try (Directory directory = FSDirectory.open(index)) {
            DirectoryReader first = DirectoryReader.open(directory);
            LeafReaderContext leaf = first.leaves().get(0);
            SegmentOrdinals ordinals = cache.get(leaf.reader(), "$facets");
            assertThat(cache.get(leaf.reader(), "$facets")).isSameAs(ordinals);
            assertThat(ordinals.valueCount()).isGreaterThan(0);
            assertThat(cache.size()).isEqualTo(1);

            try (IndexWriter writer = new IndexWriter(directory, communique.index.Indexer.writerConfig(OpenMode.APPEND))) {
                writer.forceMerge(1);
                writer.deleteDocuments(new org.apache.lucene.index.Term(Fields.ID, "janjua-uk"));
                writer.commit();
            }
            first.close(); // the merged-away segment closes: its entry must go
            assertThat(cache.size()).isZero();
        }
    }
}
