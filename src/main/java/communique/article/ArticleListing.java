package communique.article;

import java.nio.file.Path;
import java.util.List;

/**
 * What a walk of the user's folders found: the article files, sorted, each once; and the folders it did not walk
 * (a link it did not follow, a folder too deep or that could not be listed, or a whole folder given when the walk
 * stopped at its limit), under which the indexer must delete nothing, since it could not see what is there.
 */
public record ArticleListing(List<Path> files, List<Path> notWalked) {

    public ArticleListing {
        files = List.copyOf(files);
        notWalked = List.copyOf(notWalked);
    }

    /** Whether {@code file} (an absolute, normalised path as the index stores it) lies under a folder not walked. */
    public boolean inUnwalkedFolder(String file) {
        Path path = Path.of(file);
        return notWalked.stream().anyMatch(path::startsWith);
    }

    /** Progress while walking, told every so often: entries looked at so far, and article files among them. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (entries, articleFiles) -> { };

        void walked(long entries, long articleFiles);
    }
}
