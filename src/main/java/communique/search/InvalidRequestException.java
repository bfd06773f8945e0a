package communique.search;

/**
 * A request the user can fix: a query syntax error, a bad date, a page beyond the deepest one, a query too
 * expensive to run. The message is written for the user and names the bad value; the web layer answers 400 with it.
 */
public class InvalidRequestException extends IllegalArgumentException {

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
