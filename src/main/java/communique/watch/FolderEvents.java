package communique.watch;

import communique.article.ArticleFiles;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The file-system events under a folder, through a {@link WatchService} on every directory of the tree (it watches
 * one directory, not a tree): a new directory is registered as it appears and its files count as new, since they
 * may have been written before it was registered. Events are only hints of which paths to look at; the indexer reads
 * the files as they are when it runs. An overflow (the kernel dropped events) is reported so the caller rescans.
 */
final class FolderEvents implements Closeable {

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private boolean overflowed;

    FolderEvents(Path root) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root, null);
    }

    /**
     * Waits up to {@code waitMillis} for a first event, then keeps collecting until the folder has been quiet for
     * {@code quietMillis} (a file being written sends many events; indexing it half-written would be wasted), but no
     * longer than {@code maxMillis} (a folder that never rests must still be indexed), adding every path touched to
     * {@code touched}.
     */
    void collect(Set<Path> touched, long waitMillis, long quietMillis, long maxMillis) throws InterruptedException {
        WatchKey key = service.poll(waitMillis, TimeUnit.MILLISECONDS);
        long end = System.nanoTime() + maxMillis * 1_000_000;
        while (key != null) {
            handle(key, touched);
            long left = (end - System.nanoTime()) / 1_000_000;
            key = left <= 0 ? null : service.poll(Math.min(quietMillis, left), TimeUnit.MILLISECONDS);
        }
    }

    /** True once since the last call when events were lost and the folder must be rescanned. */
    boolean takeOverflow() {
        boolean was = overflowed;
        overflowed = false;
        return was;
    }

    private void handle(WatchKey key, Set<Path> touched) {
        Path dir = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflowed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                touched.add(path);
            } else if (Files.isDirectory(path)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    registerTree(path, touched);
                }
            } else if (ArticleFiles.isArticleFile(path)) {
                touched.add(path);
            }
        }
        if (!key.reset()) {
            directories.remove(key);
        }
    }

    /** Registers every directory under {@code root}; with {@code found}, also adds the article files already there. */
    private void registerTree(Path root, Set<Path> found) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    directories.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (found != null && ArticleFiles.isArticleFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a directory that vanished or cannot be listed: the periodic rescan covers what is under it
            overflowed = true;
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
