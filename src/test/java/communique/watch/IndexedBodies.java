package communique.watch;

import communique.index.Fields;
import communique.index.LiveDocuments;

import org.apache.lucene.document.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The committed index as id → body, and a wait for it to reach a state. */
final class IndexedBodies {

    private IndexedBodies() {
    }

    static Map<String, String> of(Path index) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        for (Document d : LiveDocuments.of(index, Fields.ID, Fields.BODY)) {
            bodies.put(d.get(Fields.ID), d.get(Fields.BODY));
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
