package communique.index;

import communique.article.ArticleListing;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Deletes the articles that are gone from the paths a run read: files deleted or renamed, and jsonl lines removed.
 * Only files under the run's roots are considered (indexing one folder never deletes another's articles), and
 * nothing is deleted from a file that failed to read or under a folder the walk did not enter (a link it did not
 * follow, a folder it could not list), so a damaged file or folder loses nothing already indexed.
 */
final class VanishedArticles {

    private final PreviousCommit previous;
    private final List<Path> roots;
    private final ArticleListing listing;

    VanishedArticles(PreviousCommit previous, List<Path> roots, ArticleListing listing) {
        this.previous = previous;
        this.listing = listing;
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
    }

    /** Deletes every article from a file under the roots whose id this run did not see; returns how many. */
    long delete(IndexWriter writer, Set<String> seenIds, Set<String> failedFiles) throws IOException {
        long deleted = 0;
        for (String file : previous.files()) {
            if (failedFiles.contains(file) || !underRoots(file) || listing.inUnwalkedFolder(file)) {
                continue;
            }
            for (String id : previous.idsFrom(file)) {
                if (!seenIds.contains(id)) {
                    writer.deleteDocuments(new Term(Fields.ID, id));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private boolean underRoots(String file) {
        Path path = Path.of(file);
        return roots.stream().anyMatch(root -> path.startsWith(root));
    }
}
