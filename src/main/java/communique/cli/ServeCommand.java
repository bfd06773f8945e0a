package communique.cli;

import communique.export.ExportLimit;
import communique.extract.EntityExtractor;
import communique.index.IndexLocation;
import communique.index.IndexReport;
import communique.index.IndexWriteException;
import communique.index.Indexer;
import communique.search.LuceneSearchBackend;
import communique.search.SearchBackend;
import communique.solr.SolrCloudTarget;
import communique.solr.SolrSearchBackend;
import communique.web.PublicUrl;
import communique.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code communique serve}: the web front end; builds the index from the bundled corpus first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the search pages, article pages and JSON API.",
                "When the index does not exist yet, it is first built from the bundled corpus (index-data/articles)."
                        + " New index commits are picked up without restart. Any search can be downloaded whole, as CSV or"
                        + " JSON Lines, up to --export-limit rows. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host = "127.0.0.1";

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index directory (default: ${DEFAULT-VALUE}, built from the bundled corpus when missing;"
                    + " a directory named here must already hold an index).")
    Path index = Defaults.INDEX;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address users reach the server at, for the links in feeds, e.g. https://news.example.org"
                    + " behind a proxy (default: the address and port each connection arrives at; never the Host header).")
    String publicUrl;

    @Option(names = "--solr", paramLabel = "URL[,URL...]",
            description = "Serve from this SolrCloud cluster instead of --index (node URLs, e.g. http://solr1:8983/solr).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "SolrCloud collection (default: ${DEFAULT-VALUE}).")
    String collection = SolrCloudTarget.DEFAULT_COLLECTION;

    @Option(names = "--cached-results", paramLabel = "N",
            description = "Results kept per index snapshot for repeated requests (default: ${DEFAULT-VALUE}; 0: none).")
    int cachedResults = LuceneSearchBackend.DEFAULT_CACHED_RESULTS;

    @Option(names = "--export-limit", paramLabel = "N",
            description = "Most rows one download of a search holds, as CSV or JSON Lines (default: ${DEFAULT-VALUE}).")
    int exportLimit = ExportLimit.DEFAULT;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublicUrl links;
        try {
            links = publicUrl == null ? PublicUrl.ofConnection() : PublicUrl.of(publicUrl);
            ExportLimit.of(exportLimit);
        } catch (IllegalArgumentException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        }
        boolean indexNamed = spec.commandLine().getParseResult().hasMatchedOption("--index");
        if (solr == null && indexNamed && !new IndexLocation(index).exists()) {
            err.println("error: there is no index at " + TerminalText.escape(index + " (build it with `communique index"
                    + " --index " + index + " FOLDER...`, or leave out --index to serve the bundled corpus)"));
            return ExitCodes.FAILED;
        }
        if (solr == null && !new IndexLocation(index).exists()) {
            out.println("No index at " + index + " yet: indexing " + Defaults.ARTICLES + " first.");
            out.flush();
            try {
                ConsoleProgress progress = ConsoleProgress.forThisProcess();
                IndexReport report = new Indexer(index, new EntityExtractor(), Runtime.getRuntime().availableProcessors())
                        .index(List.of(Defaults.ARTICLES), progress);
                progress.finish(report);
                report.skippedSources().forEach(s -> err.println("skipped: " + TerminalText.escape(s)));
                out.println(report.summaryLine());
            } catch (IndexWriteException e) {
                err.println("error: " + TerminalText.escape(e.getMessage()));
                return ExitCodes.FAILED;
            }
        }
        SearchBackend backend;
        try {
            backend = solr == null ? new LuceneSearchBackend(index, cachedResults)
                    : new SolrSearchBackend(SolrCloudTarget.of(solr, collection, 1, 1));
        } catch (IllegalArgumentException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        }
        WebServer server = WebServer.start(backend, host, port, links, exportLimit);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            backend.close();
            stopped.countDown();
        }, "communique-shutdown"));
        out.printf("Communiqué is serving %,d articles: open http://localhost:%d/%n", backend.health().articles(),
                server.port());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
