package communique.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a committed index on disk holds, for tests: its live documents, read straight from the segments. */
public final class LiveDocuments {

    private LiveDocuments() {
    }

    /** The live documents with these stored fields (all of them when none are named); none when there is no index. */
    public static List<Document> of(Path index, String... fields) throws IOException {
        List<Document> docs = new ArrayList<>();
        if (!Files.isDirectory(index)) {
            return docs;
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return docs;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            docs.add(fields.length == 0 ? stored.document(doc) : stored.document(doc, Set.of(fields)));
                        }
                    }
                }
            }
        }
        return docs;
    }

    /** The live documents by id, after CheckIndex has found the index clean; fails when an id is there twice. */
    public static Map<String, Document> checkedById(Path index) throws IOException {
        try (Directory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            if (!check.checkIndex().clean) {
                throw new AssertionError("CheckIndex finds " + index + " damaged");
            }
        }
        Map<String, Document> byId = new HashMap<>();
        for (Document d : of(index)) {
            if (byId.put(d.get(Fields.ID), d) != null) {
                throw new AssertionError("id " + d.get(Fields.ID) + " is indexed twice");
            }
        }
        return byId;
    }
}
