package communique.watch;

import communique.article.ArticleFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article files under a folder with their size and modification time: the periodic rescan compares two of
 * them to find what the file-system events missed (an overflow, a network file system, a change while the
 * watcher was being set up). Not thread-safe.
 */
final class FolderSnapshot {

    private record Stamp(long size, long modifiedMillis) {
    }

    private final Path root;
    private final Map<Path, Stamp> files = new HashMap<>();

    private FolderSnapshot(Path root) {
        this.root = root;
    }

    /** Lists and stats every article file under {@code root}, as the indexer would list them. */
    static FolderSnapshot take(Path root) {
        FolderSnapshot snapshot = new FolderSnapshot(root);
        ArticleFiles.list(List.of(root), problem -> { }).forEach(snapshot::refresh);
        return snapshot;
    }

    /** Paths added, changed or removed since this snapshot, and the snapshot updated to the folder as it is now. */
    Set<Path> changesSince() {
        FolderSnapshot now = take(root);
        Set<Path> changed = new HashSet<>();
        now.files.forEach((path, stamp) -> {
            if (!stamp.equals(files.get(path))) {
                changed.add(path);
            }
        });
        for (Path path : files.keySet()) {
            if (!now.files.containsKey(path)) {
                changed.add(path);
            }
        }
        files.clear();
        files.putAll(now.files);
        return changed;
    }

    /** Records these paths as they are now, so that the next rescan does not report changes already indexed. */
    void refreshAll(Collection<Path> paths) {
        paths.forEach(this::refresh);
    }

    private void refresh(Path path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isRegularFile()) {
                files.put(path, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
            } else {
                files.keySet().removeIf(p -> p.startsWith(path));
            }
        } catch (IOException e) {
            files.keySet().removeIf(p -> p.startsWith(path));
        }
    }
}
