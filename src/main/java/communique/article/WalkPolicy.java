package communique.article;

/**
 * How far a walk of the user's folders may go. By default a symbolic link to a folder is followed only when the
 * folder lies inside one of the folders given (a link to {@code /} would otherwise walk the whole file system, into
 * {@code /proc} and {@code /sys}); links to files are followed wherever they point. The walk stops descending
 * {@code maxDepth} levels below a folder given, and stops altogether after {@code maxEntries} files and folders;
 * both are reported, and nothing is deleted from the index under a part that was not walked.
 *
 * @param followAllLinks follow links to folders anywhere ({@code index --follow-links})
 * @param maxDepth       levels below a folder given that are entered
 * @param maxEntries     files and folders looked at before the walk gives up
 */
public record WalkPolicy(boolean followAllLinks, int maxDepth, long maxEntries) {

    /** Folders nest a few levels in any real archive; 64 is a tree no one builds on purpose. */
    public static final int MAX_DEPTH = 64;
    /** Five million entries: a large archive of one file per article, with room to spare. */
    public static final long MAX_ENTRIES = 5_000_000;

    public static final WalkPolicy DEFAULT = new WalkPolicy(false, MAX_DEPTH, MAX_ENTRIES);

    public WalkPolicy {
        if (maxDepth < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("walk limits must be positive: depth " + maxDepth + ", entries " + maxEntries);
        }
    }

    /** The default limits, following links to folders anywhere when {@code followAll}. */
    public static WalkPolicy following(boolean followAll) {
        return new WalkPolicy(followAll, MAX_DEPTH, MAX_ENTRIES);
    }
}
