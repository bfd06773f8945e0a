package communique.cli;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.Country;
import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;
import communique.extract.Official;

import com.fasterxml.jackson.core.JsonProcessingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code communique extract}: shows what the indexer sees in each article, as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what the indexer sees in each article, as JSON Lines.",
                "One JSON object per article: id, source, title, date, place, officials, countries, body.",
                "Exit code: 0 done, 3 some input skipped (named on stderr)."})
final class ExtractCommand implements Callable<Integer> {

    /** The JSON shape of one article; field order is the documented one. */
    record ArticleJson(String id, String source, String title, LocalDate date, String place,
                       List<OfficialJson> officials, List<Country> countries, String body) {
    }

    record OfficialJson(String name, String role, String country, String key) {
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files or folders.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntityExtractor extractor = new EntityExtractor();
        List<String> skipped = new ArrayList<>();
        for (Path file : ArticleFiles.list(files, problem -> skipped.add(problem.getMessage()))) {
            try {
                ArticleFiles.read(file, new ArticleSink() {
                    @Override
                    public void accept(Article article, String rawHash) {
                        out.println(toJson(extractor.extract(article)));
                    }

                    @Override
                    public void skipped(ArticleReadException problem) {
                        skipped.add(problem.getMessage());
                    }
                });
            } catch (ArticleReadException e) {
                skipped.add(e.getMessage());
            }
        }
        out.flush();
        skipped.forEach(s -> err.println("skipped: " + TerminalText.escape(s)));
        return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }

    static String toJson(ExtractedArticle extracted) {
        Article a = extracted.article();
        List<OfficialJson> officials = extracted.officials().stream()
                .map(ExtractCommand::officialJson).toList();
        try {
            return Json.MAPPER.writeValueAsString(new ArticleJson(a.id(), a.source(), a.title(), extracted.date(),
                    a.place(), officials, extracted.countries(), a.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }

    private static OfficialJson officialJson(Official o) {
        return new OfficialJson(o.name(), o.role(), o.country(), o.key());
    }
}
