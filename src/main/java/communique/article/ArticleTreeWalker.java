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
 * An entry named like an article that is not a regular file (a broken link, a link to itself, a FIFO) is reported,
 * never passed over in silence: the user put it there and should learn why it was not indexed.
 */
final class ArticleTreeWalker {

    private ArticleTreeWalker() {
    }

    static List<Path> list(List<Path> roots, Consumer<ArticleReadException> problems) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                found.add(root);
            } else if (!Files.isDirectory(root)) {
                problems.accept(new ArticleReadException(root.toString(), "no such file or directory"));
            } else {
                walk(root, found, problems);
            }
        }
        found.sort(null);
        return distinctFiles(found);
    }

    private static void walk(Path root, List<Path> found, Consumer<ArticleReadException> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!ArticleFiles.isArticleFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(file);
                    } else {
                        problems.accept(new ArticleReadException(file.toString(), notRegular(file, attrs)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String reason = e instanceof FileSystemLoopException ? "symbolic link loop, not followed" : reason(e);
                    problems.accept(new ArticleReadException(file.toString(), reason, e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.accept(new ArticleReadException(dir.toString(), reason(e), e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new ArticleReadException(root.toString(), reason(e), e));
        }
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
