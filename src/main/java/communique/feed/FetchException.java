package communique.feed;

/** A fetch that failed: the reason names the address and what went wrong. */
public class FetchException extends Exception {

    private final boolean permanent;

    FetchException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    FetchException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True when trying again cannot help (too large, not a page, a redirect loop); false for outages and timeouts. */
    public boolean permanent() {
        return permanent;
    }
}
