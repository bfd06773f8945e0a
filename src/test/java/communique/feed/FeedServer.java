package communique.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server for feed tests (the JDK's own), whose paths answer as a test scripts them: feeds with ETags
 * that honour If-None-Match, pages, errors, redirects, slow and huge answers. Counts the requests per path and keeps
 * the request headers seen.
 */
public final class FeedServer implements AutoCloseable {

    /** How one path answers. */
    interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            Route route = routes.getOrDefault(path, routes.get("*"));
            try (exchange) {
                if (route == null) {
                    send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.answer(exchange);
                }
            } catch (IOException e) {
                // the client went away (a timeout or a refused body): nothing to answer
            }
        });
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    FeedServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** A feed document with an ETag; a request whose If-None-Match carries it gets 304. */
    public FeedServer feed(String path, String xml, String etag) {
        return route(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            send(exchange, 200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
        });
    }

    public FeedServer page(String path, String html) {
        return route(path, exchange -> send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** An RSS 2.0 feed of items given as {link, title} pairs, newest first. */
    public static String rss(String... linksAndTitles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Wire</title><link>http://wire.example/</link><description>news</description>");
        for (int i = 0; i < linksAndTitles.length; i += 2) {
            xml.append("<item><title>").append(linksAndTitles[i + 1]).append("</title><link>").append(linksAndTitles[i])
                    .append("</link><guid>").append(linksAndTitles[i]).append("</guid></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** A news page whose story carries {@code word}. */
    public static String story(String title, String word) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
                + title + "</h1><p>ISLAMABAD: Foreign Minister Ishaq Dar met the visiting envoy on Monday; both "
                + "called the talks " + word + " and agreed to widen trade and visa cooperation.</p></article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
