package communique.cli;

import communique.article.WalkPolicy;
import communique.extract.EntityExtractor;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;
import communique.solr.SolrCloudTarget;
import communique.solr.SolrIndexReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code communique index}: brings the index up to date with article files, incrementally. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index article files (.txt, .html, .jsonl, .warc, .warc.gz) incrementally.",
                "Unchanged articles are skipped, changed ones updated and vanished ones deleted, all in one commit."
                        + " With --watch DIR, indexing goes on as the folder changes, one commit per batch.",
                "Exit code: 0 done, 3 done but some input skipped (named on stderr), 1 index not written."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index = Defaults.INDEX;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction and indexing threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "Index into this SolrCloud cluster instead of --index (node URLs, e.g. http://solr1:8983/solr).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "SolrCloud collection (default: ${DEFAULT-VALUE}).")
    String collection = SolrCloudTarget.DEFAULT_COLLECTION;

    @Option(names = "--shards", paramLabel = "N", description = "Shards of a collection this run creates (default: ${DEFAULT-VALUE}).")
    int shards = 1;

    @Option(names = "--replicas", paramLabel = "R", description = "Replicas per shard of a collection this run creates (default: ${DEFAULT-VALUE}).")
    int replicas = 1;

    @Option(names = "--follow-links",
            description = "Follow symbolic links to folders wherever they point (default: only to folders inside the PATHs).")
    boolean followLinks;

    @Option(names = "--watch", description = "After the first run, index files as they appear, change or vanish "
            + "in the one folder given, one commit per small batch, until Ctrl-C.")
    boolean watch;

    @Option(names = "--rescan", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "With --watch, also rescan the folder this often for changes its events missed (default: ${DEFAULT-VALUE}).")
    Duration rescan;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index (default: index-data/articles).")
    List<Path> paths = List.of(Defaults.ARTICLES);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (watch) {
            if (solr != null || paths.size() != 1) {
                err.println("error: --watch takes one folder and a local --index (not --solr)");
                return ExitCodes.USAGE;
            }
            return new WatchMode(out, err).run(index, threads, paths.get(0), rescan);
        }
        if (solr != null) {
            return indexIntoSolr(out, err);
        }
        try {
            ConsoleProgress progress = ConsoleProgress.forThisProcess();
            IndexReport report = new Indexer(index, new EntityExtractor(), threads)
                    .index(paths, WalkPolicy.following(followLinks), progress);
            progress.finish(report);
            for (String skipped : report.skippedSources()) {
                err.println("skipped: " + TerminalText.escape(skipped));
            }
            out.println(report.summaryLine());
            out.flush();
            return report.skippedSources().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
        } catch (IndexWriteException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.FAILED;
        }
    }

    private int indexIntoSolr(PrintWriter out, PrintWriter err) {
        try {
            ConsoleProgress progress = ConsoleProgress.forThisProcess();
            SolrIndexReport report = SolrCloudTarget.of(solr, collection, shards, replicas)
                    .index(paths, WalkPolicy.following(followLinks), progress);
            progress.finish(report);
            report.skippedSources().forEach(s -> err.println("skipped: " + TerminalText.escape(s)));
            out.println(report.summaryLine());
            out.flush();
            return report.skippedSources().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (IndexWriteException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.FAILED;
        }
    }
}
