package communique.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the user's roots for article files. Files.walkFileTree with FOLLOW_LINKS keeps the real path of every
 * directory on the current branch and refuses to re-enter one (FileSystemLoopException), so a symlink loop ends the
 * branch instead of the walk; a file reached through two links is listed once, under its first path in sort order.
 * A link to a directory outside every root is not followed unless the {@link WalkPolicy} says so, the walk goes
 * at most {@link WalkPolicy#maxDepth} levels down and looks at most at {@link WalkPolicy#maxEntries} entries; each
 * such stop is reported and its folder listed as not walked. An entry named like an article that is not a regular
 * file (a broken link, a link to itself, a FIFO) is reported, never passed over in silence: the user put it there
 * and should learn why it was not indexed.
 */
final class ArticleTreeWalker {

    /** Progress is told every this many entries (and at the end). */
    private static final long PROGRESS_EVERY = 10_000;

    private final WalkPolicy policy;
    private final Consumer<ArticleReadException> problems;
    private final ArticleListing.Progress progress;
    private final List<Path> found = new ArrayList<>();
    private final List<Path> notWalked = new ArrayList<>();
    private List<Path> realRoots = List.of();
    private long entries;

    private ArticleTreeWalker(WalkPolicy policy, Consumer<ArticleReadException> problems,
                              ArticleListing.Progress progress) {
        this.policy = policy;
        this.problems = problems;
        this.progress = progress;
    }

    static ArticleListing walk(List<Path> roots, WalkPolicy policy, Consumer<ArticleReadException> problems,
                               ArticleListing.Progress progress) {
        ArticleTreeWalker walker = new ArticleTreeWalker(policy, problems, progress);
        walker.realRoots = realDirectories(roots);
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                walker.found.add(root);
            } else if (!Files.isDirectory(root)) {
                problems.accept(new ArticleReadException(root.toString(), "no such file or directory"));
            } else if (walker.entries >= policy.maxEntries()) {
                walker.skip(root, "not listed: the walk had already stopped at its limit of "
                        + policy.maxEntries() + " entries");
            } else {
                walker.walkRoot(root);
            }
        }
        progress.walked(walker.entries, walker.found.size());
        walker.found.sort(null);
        return new ArticleListing(distinctFiles(walker.found), walker.notWalked);
    }

    private void walkRoot(Path root) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), policy.maxDepth(), new Visitor(root));
        } catch (IOException e) {
            skip(root, reason(e), e);
        }
    }

    private final class Visitor extends SimpleFileVisitor<Path> {

        private final Path root;

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!counted()) {
                return stopAtLimit(root);
            }
            if (!dir.equals(root) && !policy.followAllLinks() && Files.isSymbolicLink(dir) && !insideRoots(dir)) {
                skip(dir, "symbolic link to a folder outside the folders given (" + realOrAbsolute(dir)
                        + "), not followed; use --follow-links to follow it");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!counted()) {
                return stopAtLimit(root);
            }
            if (attrs.isDirectory()) {
                skip(file, "folder more than " + policy.maxDepth() + " levels deep, not entered");
            } else if (ArticleFiles.isArticleFile(file)) {
                if (attrs.isRegularFile()) {
                    found.add(file);
                } else {
                    problems.accept(new ArticleReadException(file.toString(), notRegular(file, attrs)));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problems.accept(new ArticleReadException(file.toString(), "symbolic link loop, not followed", e));
            } else {
                skip(file, reason(e), e);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skip(dir, reason(e), e);
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private FileVisitResult stopAtLimit(Path root) {
        skip(root, "listing stopped after " + policy.maxEntries() + " files and folders (the limit);"
                + " index fewer or smaller folders at a time");
        return FileVisitResult.TERMINATE;
    }

    /** Counts one more entry (telling progress now and then); false once past the limit. */
    private boolean counted() {
        entries++;
        if (entries % PROGRESS_EVERY == 0) {
            progress.walked(entries, found.size());
        }
        return entries <= policy.maxEntries();
    }

    /** Reports a part of the tree the walk did not look into, and keeps it from being taken for deleted. */
    private void skip(Path path, String reason) {
        skip(path, reason, null);
    }

    private void skip(Path path, String reason, IOException cause) {
        problems.accept(cause == null ? new ArticleReadException(path.toString(), reason)
                : new ArticleReadException(path.toString(), reason, cause));
        notWalked.add(path.toAbsolutePath().normalize());
    }

    private boolean insideRoots(Path dir) {
        Path real = realOrAbsolute(dir);
        return realRoots.stream().anyMatch(real::startsWith);
    }

    private static List<Path> realDirectories(List<Path> roots) {
        return roots.stream().filter(Files::isDirectory).map(ArticleTreeWalker::realOrAbsolute).toList();
    }

    /**
     * Why an entry named like an article is not read. With FOLLOW_LINKS the walker hands over the link itself when
     * its target cannot be reached (missing, or a chain of links that never ends); anything else that is not a
     * regular file (a FIFO, a socket, a device) could block or never end if read.
     */
    private static String notRegular(Path file, BasicFileAttributes attrs) {
        if (!attrs.isSymbolicLink()) {
            return "not a regular file (a pipe, socket or device), not read";
        }
        try {
            return "symbolic link to " + file.toRealPath() + ", which cannot be read";
        } catch (NoSuchFileException e) {
            return "broken symbolic link: its target does not exist";
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason());
            return why.contains("levels of symbolic links") ? "symbolic link loop, not followed" : "cannot read: " + e;
        } catch (IOException e) {
            return "cannot read: " + e;
        }
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "cannot list: permission denied" : "cannot list: " + e;
    }

    /** Drops later paths that lead to a file already listed (two links to one file, a root inside another root). */
    private static List<Path> distinctFiles(List<Path> sorted) {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path file : sorted) {
            if (seen.add(realOrAbsolute(file))) {
                out.add(file);
            }
        }
        return out;
    }

    /** A file whose real path cannot be resolved is kept under its own path; its reader will report why it fails. */
    private static Path realOrAbsolute(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
