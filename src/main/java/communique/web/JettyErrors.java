package communique.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a URI over 8 KB, a broken %-escape or NUL in the path: refused before any route runs)
 * carry the same security headers as ours, and never a stack.
 */
final class JettyErrors extends ErrorHandler {

    JettyErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }
}
