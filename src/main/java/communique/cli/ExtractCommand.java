package communique.cli;

import communique.article.Article;
import communique.article.ArticleFiles;
import communique.article.ArticleReadException;
import communique.article.ArticleSink;
import communique.extract.Country;
import communique.extract.EntityExtractor;
import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.extract.facts.ArticleFacts;
import communique.extract.facts.FactExtractor;
import communique.extract.facts.Meeting;
import communique.extract.facts.Participant;

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
                "One JSON object per article: id, source, title, date, place, officials, countries, meetings, quotes,"
                        + " body.",
                "Exit code: 0 done, 3 some input skipped (named on stderr)."})
final class ExtractCommand implements Callable<Integer> {

    /** The JSON shape of one article; field order is the documented one. */
    record ArticleJson(String id, String source, String title, LocalDate date, String place,
                       List<OfficialJson> officials, List<Country> countries, List<MeetingJson> meetings,
                       List<QuoteJson> quotes, String body) {
    }

    record OfficialJson(String name, String role, String country, String key) {
    }

    /** A meeting as issue 13's API gives it: participants with their sides, kind, date, place, evidence. */
    record MeetingJson(String kind, LocalDate date, String place, List<ParticipantJson> participants, String evidence) {
    }

    record ParticipantJson(String key, String name, String role, String country, String side, boolean delegation) {
    }

    /** A quote: its exact text, direct or reported, and its speaker (null when the attribution names no official). */
    record QuoteJson(String text, String kind, OfficialJson speaker) {
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
        FactExtractor facts = new FactExtractor();
        List<String> skipped = new ArrayList<>();
        for (Path file : ArticleFiles.list(files, problem -> skipped.add(problem.getMessage()))) {
            try {
                ArticleFiles.read(file, new ArticleSink() {
                    @Override
                    public void accept(Article article, String rawHash) {
                        ExtractedArticle extracted = extractor.extract(article);
                        out.println(toJson(extracted, facts.extract(article, extracted)));
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

    static String toJson(ExtractedArticle extracted, ArticleFacts facts) {
        Article a = extracted.article();
        List<OfficialJson> officials = extracted.officials().stream()
                .map(ExtractCommand::officialJson).toList();
        List<MeetingJson> meetings = facts.meetings().stream().map(ExtractCommand::meetingJson).toList();
        List<QuoteJson> quotes = facts.quotes().stream().map(q -> new QuoteJson(q.text(), q.kind().label(),
                q.speaker() == null ? null : officialJson(q.speaker()))).toList();
        try {
            return Json.MAPPER.writeValueAsString(new ArticleJson(a.id(), a.source(), a.title(), extracted.date(),
                    a.place(), officials, extracted.countries(), meetings, quotes, a.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialise", e);
        }
    }

    private static MeetingJson meetingJson(Meeting m) {
        List<ParticipantJson> participants = m.participants().stream().map((Participant p) -> new ParticipantJson(
                p.key(), p.name(), p.role(), p.country(), p.side().label(), p.delegation())).toList();
        return new MeetingJson(m.kind().label(), m.date(), m.place(), participants, m.evidence());
    }

    private static OfficialJson officialJson(Official o) {
        return new OfficialJson(o.name(), o.role(), o.country(), o.key());
    }
}
