package communique.cli;

import communique.extract.EntityExtractor;
import communique.index.Fields;
import communique.index.LiveDocuments;
import communique.index.IndexProgress;
import communique.index.Indexer;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILLs {@code communique index --watch} while another thread keeps adding, rewriting and deleting files in its
 * folder: every fourth time during its first run over the folder, otherwise at a random moment after it has
 * committed its first batch of changes (between and during later batches). After every kill the index must pass
 * CheckIndex, hold each id once, and hold only versions that its file really had at some moment (no torn or
 * invented document); a plain re-run then brings it exactly to the folder's state.
 */
class WatchKillTest {

    private static final int KILLS = 8;
    private static final int FILES = 120;
    private static final Pattern VERSION = Pattern.compile("carries the (v\\d+) wording");

    @TempDir
    Path tmp;

    private final Random random = new Random(20261202);
    /** Every version each id's file has ever had, and the current one (absent when the file is deleted). */
    private final Map<String, Set<String>> everWritten = new HashMap<>();
    private final Map<String, String> current = new HashMap<>();
    private int nextVersion;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killMinusNineAtAnyMomentLeavesACleanIndexOfRealVersionsAndARerunCompletesIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Path index = tmp.resolve("index");
        for (int i = 0; i < FILES; i++) {
            write(folder, "w-" + i);
        }
        int batchKills = 0;
        for (int round = 0; round < KILLS; round++) {
            boolean duringFirstRun = round % 4 == 0;
            int batches;
            try (ChildCli child = ChildCli.start("index", "--watch", "--threads", "2", "--index", index.toString(),
                    folder.toString())) {
                if (duringFirstRun) {
                    child.awaitErrLine(line -> line.startsWith("indexing:") || line.startsWith("watching"), 60_000);
                    Thread.sleep(random.nextInt(400));
                } else {
                    child.awaitErrLine(line -> line.startsWith("watching"), 60_000);
                    mutateUntilABatchIsCommitted(folder, child);
                    mutateFor(folder, random.nextInt(2000));
                }
                assertThat(child.isAlive()).as("round %d: the watcher is still running: %s", round, child.err()).isTrue();
                assertThat(child.kill()).isEqualTo(ChildCli.SIGKILL_EXIT);
                batches = child.out().size() - 1;
                System.out.printf("round %d: killed after %d committed batches%n", round, Math.max(0, batches));
            }
            batchKills += batches > 0 ? 1 : 0;
            assertOnlyRealVersions(index, round);
        }
        new Indexer(index, new EntityExtractor(), 2).index(List.of(folder), IndexProgress.NONE);
        assertThat(versions(LiveDocuments.checkedById(index))).as("a re-run brings the index to the folder").isEqualTo(current);
        assertThat(batchKills).as("kills that came after the watcher had committed batches").isEqualTo(KILLS - KILLS / 4);
    }

    /** Changes files until the watcher has committed a batch of changes (its second summary line), however slow. */
    private void mutateUntilABatchIsCommitted(Path folder, ChildCli child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (child.out().size() < 2) {
            assertThat(System.nanoTime()).as("the watcher committed a batch: %s", child.err()).isLessThan(deadline);
            mutateFor(folder, 100);
        }
    }

    /** Changes files for a while: rewrites, new files and deletions, a few at a time with short pauses. */
    private void mutateFor(Path folder, long millis) throws IOException, InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        boolean any = false;
        while (System.nanoTime() < end || !any) {
            List<String> ids = new ArrayList<>(current.keySet());
            ids.sort(null);
            for (int i = 0; i < 3; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                int action = random.nextInt(10);
                if (action < 6) {
                    write(folder, id);
                } else if (action < 8) {
                    write(folder, "w-" + (FILES + nextVersion));
                } else if (current.size() > FILES / 2) {
                    Files.deleteIfExists(folder.resolve(id + ".txt"));
                    current.remove(id);
                }
            }
            any = true;
            Thread.sleep(20 + random.nextInt(80));
        }
    }

    private void write(Path folder, String id) throws IOException {
        String version = "v" + nextVersion++;
        everWritten.computeIfAbsent(id, k -> new HashSet<>()).add(version);
        current.put(id, version);
        Files.writeString(folder.resolve(id + ".txt"), ("Item " + id + " carries the " + version + " wording. The foreign "
                + "minister met the visiting envoy to discuss trade, visas and energy cooperation. ").repeat(3));
    }

    private void assertOnlyRealVersions(Path index, int round) throws IOException {
        if (!Files.isDirectory(index)) {
            return;
        }
        Map<String, String> indexed = versions(LiveDocuments.checkedById(index));
        indexed.forEach((id, version) -> assertThat(everWritten.getOrDefault(id, Set.of()))
                .as("round %d: %s's indexed version is one its file had", round, id).contains(version));
    }

    private static Map<String, String> versions(Map<String, Document> docs) {
        Map<String, String> out = new HashMap<>();
        docs.forEach((id, doc) -> {
            Matcher m = VERSION.matcher(doc.get(Fields.BODY));
            assertThat(m.find()).as(doc.get(Fields.BODY)).isTrue();
            out.put(id, m.group(1));
        });
        return out;
    }
}
