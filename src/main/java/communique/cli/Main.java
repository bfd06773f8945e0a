package communique.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point of {@code communique}: dispatches to the subcommands. */
@Command(name = "communique", mixinStandardHelpOptions = true, version = "communique 0.1",
        description = "Search engine for diplomatic news.",
        subcommands = {IndexCommand.class, ExtractCommand.class, SearchCommand.class, ServeCommand.class,
                BenchCommand.class, FollowCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line on the process's standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given output streams (tests call this) and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + TerminalText.escape(e.getMessage()));
                    return ExitCodes.FAILED;
                })
                .execute(args);
    }
}
