package communique.cli;

import communique.extract.EntityExtractor;
import communique.feed.FeedFollower;
import communique.feed.FollowListener;
import communique.feed.FollowOptions;
import communique.index.IndexReport;
import communique.index.Indexer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code communique follow}: polls RSS/Atom feeds and indexes each new item's page, one commit per poll. */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follow RSS 2.0 and Atom feeds, indexing each new item's page.",
                "Feeds are polled with conditional GET, one commit per poll: a running `serve` shows new articles"
                        + " within seconds. Fetched pages are kept as WARC files in <index>.feeds/, what was taken in"
                        + " <index>.follow.json (a restart goes on from there). A feed that is down, slow, malformed"
                        + " or too large is reported and retried with back-off.",
                "Stop with Ctrl-C. Exit code: 0 stopped, 1 state or pages could not be written, 2 bad options."})
final class FollowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path index = Defaults.INDEX;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Poll each feed this often, e.g. 90s, 15m, 2h (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--polls", paramLabel = "N",
            description = "Stop after N rounds of polling (default: run until stopped; 1 suits cron).")
    int polls;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction and indexing threads (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "Feed addresses (http or https).")
    List<URI> feeds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (URI feed : feeds) {
            String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || feed.getHost() == null) {
                err.println("error: '" + TerminalText.escape(feed.toString()) + "' is not an http or https address");
                return ExitCodes.USAGE;
            }
        }
        FeedFollower follower = new FeedFollower(new Indexer(index, new EntityExtractor(), threads), index, feeds,
                FollowOptions.every(every), new PrintingListener(out, err));
        StopOnShutdown graceful = new StopOnShutdown(follower::stop);
        try {
            follower.run(polls);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("error: " + TerminalText.escape(e.getMessage()));
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } finally {
            graceful.close();
        }
    }

    /** One line per event: polls and commits on stdout, skips and failures on stderr. */
    private record PrintingListener(PrintWriter out, PrintWriter err) implements FollowListener {

        @Override
        public void polled(URI feed, String summary) {
            out.println(TerminalText.escape(feed.toString()) + ": " + summary);
            out.flush();
        }

        @Override
        public void itemSkipped(URI feed, URI item, String reason) {
            err.println("skipped: " + TerminalText.escape(reason));
            err.flush();
        }

        @Override
        public void feedFailed(URI feed, String reason, Duration retryIn) {
            err.println("error: " + TerminalText.escape(reason) + "; polled again in " + retryIn.toSeconds() + " s");
            err.flush();
        }

        @Override
        public void indexed(IndexReport report) {
            report.skippedSources().forEach(s -> err.println("skipped: " + TerminalText.escape(s)));
            out.println(report.summaryLine());
            out.flush();
        }

        @Override
        public void indexFailed(String reason) {
            err.println("error: " + TerminalText.escape(reason) + "; the fetched pages are kept and committed with the next poll");
            err.flush();
        }
    }
}
