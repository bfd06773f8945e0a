package communique.cli;

import communique.extract.Country;
import communique.extract.Official;
import communique.search.Hit;
import communique.search.InvalidRequestException;
import communique.search.LuceneSearchBackend;
import communique.search.SearchBackend;
import communique.search.SearchJson;
import communique.search.SearchRequest;
import communique.search.SearchResult;
import communique.search.SortOrder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code communique search}: the top hits of a query, or with --json the document /api/search serves. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index from the command line.",
                "Prints the top hits (title, date, officials, countries), or with --json the same JSON document as"
                        + " the web API (total, hits, facets).",
                "Exit code: 0 done, 2 invalid query or options, 1 index not readable."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index = Defaults.INDEX;

    @Option(names = "--json", description = "Print the JSON document of /api/search.")
    boolean json;

    @Option(names = "--official", paramLabel = "KEY", description = "Only articles naming this official (repeatable: any of them).")
    List<String> officials = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CODE", description = "Only articles involving this country (repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", description = "Only articles naming an official with this role (repeatable).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "From this date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, inclusive.")
    String to;

    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default) or date.")
    String sort;

    @Option(names = "--page", paramLabel = "N", description = "Page of ten hits (default: 1).")
    int page = 1;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; none lists the newest articles.")
    List<String> query = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", query), officials, countries, roles, from, to,
                    SortOrder.parse(sort), page);
        } catch (InvalidRequestException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        }
        try (SearchBackend backend = new LuceneSearchBackend(index)) {
            SearchResult result = backend.search(request);
            if (json) {
                out.println(SearchJson.write(result));
            } else {
                print(out, result);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidRequestException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("error: cannot read the index at " + TerminalText.escape(index + " (run `communique index` first): "
                    + e.getMessage()));
            return ExitCodes.FAILED;
        }
    }

    private static void print(PrintWriter out, SearchResult result) {
        out.printf("%,d article%s (%d ms)%n", result.total(), result.total() == 1 ? "" : "s", result.tookMs());
        int rank = (result.page() - 1) * result.pageSize();
        for (Hit hit : result.hits()) {
            out.printf("%n%2d. %s%n", ++rank, TerminalText.escape(hit.title()));
            out.printf("    %s%s%n", hit.date() == null ? "undated" : hit.date(),
                    hit.place() == null ? "" : " · " + TerminalText.escape(hit.place()));
            if (!hit.officials().isEmpty()) {
                out.println("    officials: " + TerminalText.escape(hit.officials().stream().map(SearchCommand::official)
                        .collect(Collectors.joining("; "))));
            }
            if (!hit.countries().isEmpty()) {
                out.println("    countries: " + TerminalText.escape(hit.countries().stream().map(Country::name)
                        .collect(Collectors.joining(", "))));
            }
        }
        if (result.suggestion() != null) {
            out.printf("%nDid you mean: %s%n", TerminalText.escape(result.suggestion()));
        }
    }

    private static String official(Official official) {
        return official.name() + (official.role() == null ? "" : " (" + official.role() + ")");
    }
}
