package communique.index;

import communique.extract.EntityExtractor;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills {@code communique index} with SIGKILL in the middle of its work, 20 times: every fourth time while it builds
 * a new index from nothing, otherwise while it applies changes, additions and deletions (whole files and jsonl
 * lines) to the index of the previous run. A kill counts only when it lands after the child has reported progress
 * (its IndexWriter is open and articles are flowing) and before it exits by itself. After every kill the index must
 * open, pass CheckIndex and hold exactly the documents, with exactly the versions, of the previous commit (no index
 * at all for a first build) or exactly those of the complete new run; an in-process re-run then completes the work.
 */
class IndexerKillTest {

    private static final int KILLS = 20;
    private static final int FIRST_BUILD_EVERY = 4;
    private static final int MAX_ATTEMPTS = 3 * KILLS;
    private static final int STORIES = 600;
    private static final int WIRE_LINES = 150;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.BODY);
    private static final Pattern VERSION = Pattern.compile("carries the (v\\d+) wording");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killMinusNineMidRunAlwaysLeavesExactlyTheLastCommitAndAReRunCompletesIt() throws Exception {
        Path indexPath = tmp.resolve("index");
        Corpus corpus = new Corpus(Files.createDirectories(tmp.resolve("articles")), new Random(20261123));
        corpus.writeInitial(STORIES, WIRE_LINES);
        Map<String, String> committed = null;
        KillWindow window = new KillWindow(new Random(7));
        int kills = 0;
        int firstBuildKills = 0;
        int lostTheRun = 0;
        for (int attempt = 0; kills < KILLS && attempt < MAX_ATTEMPTS; attempt++) {
            boolean firstBuild = kills % FIRST_BUILD_EVERY == 0;
            if (attempt > 0) {
                corpus.change(attempt);
            }
            if (firstBuild) {
                deleteIndex(indexPath);
                committed = null;
            }
            boolean landed = window.runAndKill(corpus.folder(), indexPath, firstBuild);
            Map<String, String> afterKill = committedDocuments(indexPath);

            new Indexer(indexPath, new EntityExtractor(), 2).index(List.of(corpus.folder()), IndexProgress.NONE);
            Map<String, String> complete = committedDocuments(indexPath);
            assertThat(complete).as("attempt %d: the re-run holds exactly the folder's articles", attempt)
                    .isEqualTo(corpus.expected());
            assertThat(afterKill).as("attempt %d (%s): the kill left exactly the previous commit or the whole run",
                    attempt, firstBuild ? "first build" : "update").isIn(committed, complete);
            if (landed) {
                kills++;
                firstBuildKills += firstBuild ? 1 : 0;
                lostTheRun += complete.equals(afterKill) ? 0 : 1;
            }
            committed = complete;
        }
        System.out.printf("kills=%d first-build kills=%d run lost by the kill=%d%n", kills, firstBuildKills, lostTheRun);
        assertThat(kills).as("kills that landed mid-run").isEqualTo(KILLS);
        assertThat(firstBuildKills).as("kills during a first build").isEqualTo(KILLS / FIRST_BUILD_EVERY);
        assertThat(lostTheRun).as("kills that came before the run's commit").isPositive();
    }

    /**
     * Live documents of the index's last commit as id → version (taken from the stored body), or null when there is
     * no index at the path; fails unless CheckIndex finds it clean and every id is there once.
     */
    private static Map<String, String> committedDocuments(Path indexPath) throws IOException {
        if (!new IndexLocation(indexPath).exists()) {
            return null;
        }
        Map<String, String> docs = new HashMap<>();
        try (Directory dir = FSDirectory.open(indexPath)) {
            try (CheckIndex check = new CheckIndex(dir)) {
                assertThat(check.checkIndex().clean).as("CheckIndex is clean").isTrue();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            Document document = stored.document(doc, FIELDS);
                            Matcher version = VERSION.matcher(document.get(Fields.BODY));
                            assertThat(version.find()).as(document.get(Fields.BODY)).isTrue();
                            assertThat(docs.put(document.get(Fields.ID), version.group(1)))
                                    .as("duplicate id %s", document.get(Fields.ID)).isNull();
                        }
                    }
                }
            }
        }
        return docs;
    }

    /** Removes the index and whatever a killed first build left beside it. */
    private static void deleteIndex(Path indexPath) throws IOException {
        for (Path dir : List.of(indexPath, indexPath.resolveSibling(indexPath.getFileName() + ".building"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        }
    }

    /**
     * When to kill: a random moment within a window after the child's first progress line. The window shrinks
     * when the child finished first and grows when the kill landed, so kills keep spreading over the whole run
     * (commit included) however fast or loaded the machine is.
     */
    private static final class KillWindow {
        private final Random random;
        private long firstBuildMillis = 3_000;
        private long updateMillis = 1_000;

        KillWindow(Random random) {
            this.random = random;
        }

        /** Starts {@code communique index} in its own JVM and kills it; true when the kill landed mid-run. */
        boolean runAndKill(Path articles, Path index, boolean firstBuild) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    "communique.cli.Main", "index", "--threads", "2", "--index", index.toString(), articles.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            CountDownLatch progress = new CountDownLatch(1);
            Thread stderr = drain(child, progress);
            while (!progress.await(100, TimeUnit.MILLISECONDS)) {
                if (!child.isAlive()) {
                    stderr.join();
                    assertThat(progress.getCount()).as("the child (exit %d) reported progress", child.exitValue())
                            .isZero();
                }
            }
            long window = firstBuild ? firstBuildMillis : updateMillis;
            boolean exitedFirst = child.waitFor(random.nextLong(window + 1), TimeUnit.MILLISECONDS);
            if (!exitedFirst) {
                child.destroyForcibly();
            }
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            stderr.join();
            boolean landed = !exitedFirst && child.exitValue() == SIGKILL_EXIT;
            long adjusted = landed ? window + window / 10 : Math.max(50, window / 2);
            if (firstBuild) {
                firstBuildMillis = adjusted;
            } else {
                updateMillis = adjusted;
            }
            return landed;
        }

        /** Reads the child's stderr to its end (so it never blocks on a full pipe), opening the latch at "indexing:". */
        private static Thread drain(Process child, CountDownLatch progress) {
            Thread thread = new Thread(() -> {
                try (BufferedReader err = new BufferedReader(
                        new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line = err.readLine(); line != null; line = err.readLine()) {
                        if (line.startsWith("indexing:")) {
                            progress.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the pipe breaks when the child is killed: nothing more to read
                }
            }, "child-stderr");
            thread.start();
            return thread;
        }
    }

    /**
     * The folder being indexed: one txt file per story and a jsonl file of wire lines, each carrying a version
     * word, with the id → version the complete index must hold.
     */
    private static final class Corpus {
        private final Path folder;
        private final Random random;
        private final Map<String, String> stories = new HashMap<>();
        private final Map<String, String> wire = new HashMap<>();
        private int nextStory;
        private int nextWire;

        Corpus(Path folder, Random random) {
            this.folder = folder;
            this.random = random;
        }

        Path folder() {
            return folder;
        }

        Map<String, String> expected() {
            Map<String, String> all = new HashMap<>(stories);
            all.putAll(wire);
            return all;
        }

        void writeInitial(int storyCount, int wireCount) throws IOException {
            for (int i = 0; i < storyCount; i++) {
                writeStory(String.format("story-%05d", nextStory++), "v0");
            }
            for (int i = 0; i < wireCount; i++) {
                wire.put(String.format("wire-%04d", nextWire++), "v0");
            }
            writeWire();
        }

        /** Changes, adds and deletes stories and wire lines, marking everything it writes with {@code v<round>}. */
        void change(int round) throws IOException {
            String version = "v" + round;
            for (String id : pick(stories, 60)) {
                writeStory(id, version);
            }
            for (String id : pick(stories, 15)) {
                Files.delete(folder.resolve(id + ".txt"));
                stories.remove(id);
            }
            for (int i = 0; i < 20; i++) {
                writeStory(String.format("story-%05d", nextStory++), version);
            }
            pick(wire, 10).forEach(id -> wire.put(id, version));
            pick(wire, 6).forEach(wire::remove);
            for (int i = 0; i < 6; i++) {
                wire.put(String.format("wire-%04d", nextWire++), version);
            }
            writeWire();
        }

        private List<String> pick(Map<String, String> from, int count) {
            List<String> ids = new ArrayList<>(from.keySet());
            ids.sort(null);
            Collections.shuffle(ids, random);
            return ids.subList(0, Math.min(count, ids.size()));
        }

        private void writeStory(String id, String version) throws IOException {
            Files.writeString(folder.resolve(id + ".txt"), text(id, version));
            stories.put(id, version);
        }

        private void writeWire() throws IOException {
            StringBuilder lines = new StringBuilder();
            wire.keySet().stream().sorted().forEach(id -> lines.append("{\"id\":\"").append(id)
                    .append("\",\"body\":\"").append(text(id, wire.get(id))).append("\"}\n"));
            Files.writeString(folder.resolve("wire.jsonl"), lines);
        }

        private static String text(String id, String version) {
            return ("Item " + id + " carries the " + version + " wording. The foreign minister met the visiting envoy "
                    + "to discuss trade, visas, energy and security cooperation between the two countries. ").repeat(3);
        }
    }
}
