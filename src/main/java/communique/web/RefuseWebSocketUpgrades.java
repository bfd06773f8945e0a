package communique.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers every WebSocket handshake 400 before it reaches Javalin. The app has no WebSocket endpoint, and Javalin's
 * upgrade path (taken for any request with a {@code Sec-WebSocket-Version} header, on any address) opened a server
 * session per request that never expired: a flood of such requests filled any heap. With this in front, nothing the
 * app serves opens a session ({@link WebApp} also makes any session expire after a minute).
 */
final class RefuseWebSocketUpgrades extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isWebSocketHandshake(request.getHeaders())) {
            Response.writeError(request, response, callback, 400, "This server has no WebSocket endpoints.");
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean isWebSocketHandshake(HttpFields headers) {
        return headers.contains("Sec-WebSocket-Version") || headers.contains("Sec-WebSocket-Key")
                || headers.contains(HttpHeader.UPGRADE, "websocket");
    }
}
