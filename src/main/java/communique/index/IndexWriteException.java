package communique.index;

/** The index could not be written at all (locked by another indexer, disk failure, not a directory). */
public class IndexWriteException extends Exception {

    public IndexWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
