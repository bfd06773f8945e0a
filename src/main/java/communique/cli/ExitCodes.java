package communique.cli;

/** The exit codes scripts can rely on. */
final class ExitCodes {

    /** Everything was done. */
    static final int OK = 0;
    /** The command could not do its job at all (e.g. the index could not be written). */
    static final int FAILED = 1;
    /** The command line itself was wrong (picocli's usage error code). */
    static final int USAGE = 2;
    /** The job was done, but some input was skipped (each one named on stderr). */
    static final int SKIPPED_INPUT = 3;

    private ExitCodes() {
    }
}
