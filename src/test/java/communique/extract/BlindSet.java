package communique.extract;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The blind test set: {@code src/test/resources/articles/blind/batchN/}, each article (.txt or .html) beside its
 * {@code .expected}. Articles are read with the real readers, so titles and furniture are scored as the index sees
 * them. The system property {@code blind.batches} (e.g. {@code batch1,batch2}) limits a run to some batches: a new
 * batch's first run is made with only that batch and those before it.
 */
final class BlindSet {

    static final Path ROOT = Path.of("src/test/resources/articles/blind");

    /** One article of the set with what it should yield. */
    record Case(String batch, Path file, Article article, BlindExpected want) {
    }

    private BlindSet() {
    }

    /** Every case of the chosen batches, in batch then file order. */
    static List<Case> cases() {
        String only = System.getProperty("blind.batches", "");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> batches = Files.list(ROOT)) {
            for (Path batch : batches.sorted().toList()) {
                String name = batch.getFileName().toString();
                if (only.isBlank() || List.of(only.split(",")).contains(name)) {
                    addBatch(name, batch, cases);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static void addBatch(String name, Path batch, List<Case> cases) throws IOException {
        try (Stream<Path> files = Files.list(batch)) {
            for (Path file : files.sorted().filter(ArticleFiles::isArticleFile).toList()) {
                String base = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                cases.add(new Case(name, file, read(file), BlindExpected.read(batch.resolve(base + ".expected"))));
            }
        }
    }

    static Article read(Path file) {
        List<Article> out = new ArrayList<>();
        try {
            ArticleFiles.read(file, new ArticleSink() {
                @Override
                public void accept(Article article, String rawHash) {
                    out.add(article);
                }

                @Override
                public void skipped(ArticleReadException problem) {
                    throw new IllegalStateException(problem);
                }
            });
        } catch (ArticleReadException e) {
            throw new IllegalStateException(e);
        }
        if (out.size() != 1) {
            throw new IllegalStateException(file + " gave " + out.size() + " articles");
        }
        return out.get(0);
    }
}
