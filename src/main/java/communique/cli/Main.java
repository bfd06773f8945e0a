package communique.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code communique}: dispatches to the subcommands. */
@Command(name = "communique", mixinStandardHelpOptions = true, version = "communique 0.1",
        description = "Search engine for diplomatic news.",
        subcommands = {IndexCommand.class, ExtractCommand.class, SearchCommand.class, ServeCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return ExitCodes.FAILED;
                })
                .execute(args);
    }
}
