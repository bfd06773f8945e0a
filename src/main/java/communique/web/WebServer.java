package communique.web;

import communique.search.SearchBackend;

import io.javalin.Javalin;

/** A running web front end, so callers (the command line) need not see Javalin. Closing stops it. */
public final class WebServer implements AutoCloseable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code backend} on {@code port} (0 picks a free one) of the interface {@code host} (127.0.0.1:
     * this machine only; 0.0.0.0: every interface).
     */
    public static WebServer start(SearchBackend backend, String host, int port) {
        return start(backend, host, port, PublicUrl.ofConnection());
    }

    /** The same, with the address its feeds link to. */
    public static WebServer start(SearchBackend backend, String host, int port, PublicUrl publicUrl) {
        return new WebServer(WebApp.create(backend, publicUrl).start(host, port));
    }

    /** The same, exports stopping after {@code exportLimit} rows. */
    public static WebServer start(SearchBackend backend, String host, int port, PublicUrl publicUrl, int exportLimit) {
        return new WebServer(WebApp.create(backend, publicUrl, exportLimit).start(host, port));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
