package communique.watch;

import communique.extract.EntityExtractor;
import communique.index.IndexProgress;
import communique.index.IndexReport;
import communique.index.Indexer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class WatchedFolderTest {

    private static final long SHOWS_WITHIN_MILLIS = 10_000;

    @TempDir
    Path tmp;

    private static String story(String word) {
        return "ISLAMABAD: Foreign Minister Ishaq Dar met the visiting envoy on Monday; the talks were " + word
                + " and covered trade, visas and energy cooperation between the two countries.";
    }

    @Test
    @Timeout(120)
    void indexesFilesAsTheyAppearChangeAndVanishOneCommitPerBatch() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Path index = tmp.resolve("index");
        Files.writeString(folder.resolve("a.txt"), story("cordial"));
        Files.writeString(folder.resolve("b.txt"), story("frank"));
        List<IndexReport> batches = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        WatchedFolder watched = new WatchedFolder(new Indexer(index, new EntityExtractor(), 2), folder,
                Duration.ofMinutes(10), new WatchedFolder.Listener() {
            @Override
            public void indexed(IndexReport report, boolean batch) {
                batches.add(report);
            }

            @Override
            public void failed(String message, Duration retryIn) {
                failure.set(new AssertionError(message));
            }
        });
        Thread thread = new Thread(() -> {
            try {
                watched.run(IndexProgress.NONE);
            } catch (Exception e) {
                failure.set(e);
            }
        }, "watcher");
        thread.start();
        try {
            IndexedBodies.await(index, SHOWS_WITHIN_MILLIS, docs -> docs.keySet().equals(java.util.Set.of("a", "b")));

            Files.writeString(folder.resolve("c.txt"), story("new"));
            long added = IndexedBodies.await(index, SHOWS_WITHIN_MILLIS, docs -> docs.containsKey("c"));
            Files.writeString(folder.resolve("a.txt"), story("revised"));
            long changed = IndexedBodies.await(index, SHOWS_WITHIN_MILLIS, docs -> docs.get("a").contains("revised"));
            Files.delete(folder.resolve("b.txt"));
            long vanished = IndexedBodies.await(index, SHOWS_WITHIN_MILLIS, docs -> !docs.containsKey("b"));
            Path sub = Files.createDirectories(folder.resolve("2025/april"));
            Files.writeString(sub.resolve("d.txt"), story("nested"));
            IndexedBodies.await(index, SHOWS_WITHIN_MILLIS, docs -> docs.containsKey("d"));
            Files.move(folder.resolve("2025"), folder.resolve("archive-2025"));
            Files.writeString(folder.resolve("notes.md"), "not an article");
            IndexedBodies.await(index, SHOWS_WITHIN_MILLIS,
                    docs -> docs.keySet().equals(java.util.Set.of("a", "c", "d")) && docs.get("a").contains("revised"));
            System.out.printf("added in %d ms, changed in %d ms, deleted in %d ms%n", added, changed, vanished);
        } finally {
            watched.stop();
            thread.join(30_000);
        }
        assertThat(thread.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(batches).as("the first run and at least one batch per change").hasSizeGreaterThanOrEqualTo(6);
        assertThat(batches).allSatisfy(r -> assertThat(r.skippedSources()).isEmpty());
        assertThat(IndexedBodies.of(index).get("d")).contains("nested");
    }

    @Test
    void theRescanReportsExactlyWhatChangedSinceTheLastLook() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("keep.txt"), story("kept"));
        Files.writeString(folder.resolve("change.txt"), story("v1"));
        Files.writeString(folder.resolve("remove.html"), "<p>" + story("gone") + "</p>");
        FolderSnapshot snapshot = FolderSnapshot.take(folder);

        Files.writeString(folder.resolve("change.txt"), story("version two, longer"));
        Files.delete(folder.resolve("remove.html"));
        Files.writeString(folder.resolve("new.jsonl"), "{\"id\":\"n\",\"body\":\"" + story("new") + "\"}\n");
        Files.writeString(folder.resolve("ignored.pdf"), "%PDF");

        assertThat(snapshot.changesSince()).containsExactlyInAnyOrder(folder.resolve("change.txt"),
                folder.resolve("remove.html"), folder.resolve("new.jsonl"));
        assertThat(snapshot.changesSince()).as("nothing new since").isEmpty();
    }
}
