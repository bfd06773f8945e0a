package communique.index;

/** Told as files are done, so the command line can draw a progress bar or log lines. Called from one thread at a time. */
public interface IndexProgress {

    IndexProgress NONE = (filesDone, filesTotal, articles) -> { };

    void update(long filesDone, long filesTotal, long articles);

    /** Told now and then while the folders are being listed, before any file is read. */
    default void listing(long entriesSeen, long articleFiles) {
    }
}
