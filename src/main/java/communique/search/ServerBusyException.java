package communique.search;

/**
 * The server has more searches waiting than it can start within {@link Limits#MAX_QUEUE_MILLIS}: not the client's
 * mistake, and worth retrying in a moment (HTTP 503 with Retry-After).
 */
public class ServerBusyException extends RuntimeException {

    public ServerBusyException() {
        super("The server is busy with other searches; please try again in a moment.");
    }
}
