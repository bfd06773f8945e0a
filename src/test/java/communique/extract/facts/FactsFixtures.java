package communique.extract.facts;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads test articles with the real readers and runs the whole extraction on them, as the indexer will. */
final class FactsFixtures {

    static final Path SEEDS = Path.of("index-data/articles");
    static final Path EVENTS = Path.of("src/test/resources/articles/events");

    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final FactExtractor FACTS = new FactExtractor();

    private FactsFixtures() {
    }

    record Run(Article article, ExtractedArticle extracted, ArticleFacts facts) {
    }

    static Run run(Path file) {
        Article a = read(file);
        ExtractedArticle e = ENTITIES.extract(a);
        return new Run(a, e, FACTS.extract(a, e));
    }

    static Run run(Article a) {
        ExtractedArticle e = ENTITIES.extract(a);
        return new Run(a, e, FACTS.extract(a, e));
    }

    static Path seed(String prefix) {
        try (var files = java.nio.file.Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
                    throw new AssertionError(problem);
                }
            });
        } catch (ArticleReadException e) {
            throw new AssertionError(e);
        }
        return out.get(0);
    }

    /** A readable listing of an article's facts, for failure messages and the first runs of a batch. */
    static String describe(ArticleFacts f) {
        StringBuilder sb = new StringBuilder();
        for (Meeting m : f.meetings()) {
            sb.append("  meeting: ").append(m.kind().label()).append(" | ").append(m.date() == null ? "none" : m.date())
                    .append(" | ").append(m.place() == null ? "none" : m.place()).append(" |");
            for (Participant p : m.participants()) {
                sb.append(' ').append(p.side().label()).append(": ").append(p.delegation() ? "delegation " + p.country() : p.name()).append(';');
            }
            sb.append('\n');
        }
        for (Quote q : f.quotes()) {
            sb.append("  quote: ").append(q.kind().label()).append(" | ")
                    .append(q.speaker() == null ? "none" : q.speaker().name()).append(" | ").append(q.text()).append('\n');
        }
        return sb.toString();
    }
}
