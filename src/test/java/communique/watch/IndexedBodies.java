package communique.watch;

import communique.index.Fields;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The committed index as id → body, and a wait for it to reach a state. */
final class IndexedBodies {

    private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.BODY);

    private IndexedBodies() {
    }

    static Map<String, String> of(Path index) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        if (!Files.isDirectory(index)) {
            return bodies;
        }
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return bodies;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            var d = stored.document(doc, FIELDS);
                            bodies.put(d.get(Fields.ID), d.get(Fields.BODY));
                        }
                    }
                }
            }
        }
        return bodies;
    }

    /** Waits until the committed index satisfies {@code state}; returns the milliseconds it took. */
    static long await(Path index, long timeoutMillis, Predicate<Map<String, String>> state) throws Exception {
        long start = System.nanoTime();
        while (true) {
            Map<String, String> now = of(index);
            if (state.test(now)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if ((System.nanoTime() - start) / 1_000_000 > timeoutMillis) {
                throw new AssertionError("the index did not reach the expected state in " + timeoutMillis + " ms: " + now.keySet());
            }
            Thread.sleep(50);
        }
    }
}
