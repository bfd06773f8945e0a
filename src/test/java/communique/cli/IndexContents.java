package communique.cli;

import communique.index.Fields;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What an index on disk holds: its live documents by id, after CheckIndex has found it clean and every id once. */
final class IndexContents {

    private IndexContents() {
    }

    static Map<String, Document> byId(Path index) throws IOException {
        Map<String, Document> docs = new HashMap<>();
        try (Directory dir = FSDirectory.open(index)) {
            try (CheckIndex check = new CheckIndex(dir)) {
                if (!check.checkIndex().clean) {
                    throw new AssertionError("CheckIndex finds " + index + " damaged");
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            Document d = stored.document(doc);
                            if (docs.put(d.get(Fields.ID), d) != null) {
                                throw new AssertionError("id " + d.get(Fields.ID) + " is indexed twice");
                            }
                        }
                    }
                }
            }
        }
        return docs;
    }
}
