package communique.article;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader delivers, for assertions. */
final class CollectingSink implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    final List<ArticleReadException> skipped = new ArrayList<>();

    static final java.nio.file.Path READER_DIR = java.nio.file.Path.of("src", "test", "resources", "articles", "reader");

    /** Reads one of the test articles in src/test/resources/articles/reader through {@link ArticleFiles}. */
    static Article readOne(String name) throws ArticleReadException {
        CollectingSink sink = new CollectingSink();
        ArticleFiles.read(READER_DIR.resolve(name), sink);
        if (sink.articles.size() != 1) {
            throw new AssertionError("expected one article from " + name + ", got " + sink.articles + " skipped " + sink.skipped);
        }
        return sink.articles.get(0);
    }

    @Override
    public void accept(Article article, String rawHash) {
        articles.add(article);
        hashes.add(rawHash);
    }

    @Override
    public void skipped(ArticleReadException problem) {
        skipped.add(problem);
    }
}
