package communique.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where an index lives on disk, and how its very first build is made safe: a new index is built in a sibling
 * directory ({@code index.building}) and renamed into place only after its first commit, so a reader (or a
 * crashed first run) never finds a half-built index at the real path.
 */
public final class IndexLocation {

    private final Path path;

    public IndexLocation(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    /** True when the path holds a committed Lucene index. */
    public boolean exists() throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(dir);
        }
    }

    /**
     * Fails early when the path exists but is neither an index nor empty: a first build would never be allowed
     * to replace the user's files, so better to say so before indexing for an hour.
     */
    void checkUsableForFirstBuild() throws IOException {
        if (!Files.isDirectory(path)) {
            if (Files.exists(path)) {
                throw new IOException(path + " exists and is not a directory");
            }
            return;
        }
        try (Stream<Path> entries = Files.list(path)) {
            if (entries.anyMatch(e -> !e.getFileName().toString().equals("write.lock"))) {
                throw new IOException(path + " exists and is not an index; choose another --index directory");
            }
        }
    }

    /** Where a first build is written before it is switched into place. */
    Path buildingPath() {
        return path.resolveSibling(path.getFileName() + ".building");
    }

    /** Moves a finished first build into place; the rename is atomic on one file system. */
    void publishFirstBuild() throws IOException {
        Path building = buildingPath();
        if (Files.isDirectory(path)) {
            deleteNonIndexLeftovers();
        }
        Files.createDirectories(path.getParent());
        Files.move(building, path, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The real path exists but holds no committed index: an empty directory (or one with only a stale lock) is
     * removed for the rename; anything else is the user's and is never deleted.
     */
    private void deleteNonIndexLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(path)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("write.lock")) {
                    throw new IOException(path + " exists and is not an index; choose another --index directory");
                }
                Files.delete(entry);
            }
        }
        Files.delete(path);
    }
}
