package communique.feed;

import communique.index.Fields;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One stored field of every live document of a committed index. */
final class IndexedArticles {

    private IndexedArticles() {
    }

    static List<String> titles(Path index) throws IOException {
        return field(index, Fields.TITLE);
    }

    static List<String> urls(Path index) throws IOException {
        return field(index, Fields.URL);
    }

    private static List<String> field(Path index, String field) throws IOException {
        List<String> values = new ArrayList<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        values.add(stored.document(doc, Set.of(field)).get(field));
                    }
                }
            }
        }
        return values;
    }
}
