package communique.web;

import communique.extract.ExtractedArticle;
import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;

import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** The web app on a free port over a fixture index (by default the seed-like one), with a small HTTP client. */
final class TestServer implements AutoCloseable {

    private final LuceneSearchBackend backend;
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir) throws IOException {
        this(dir, TestIndexes.seedLike());
    }

    TestServer(Path dir, List<ExtractedArticle> articles) throws IOException {
        backend = new LuceneSearchBackend(TestIndexes.write(dir, articles));
        app = WebApp.create(backend).start(0);
    }

    String base() {
        return "http://localhost:" + app.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send("GET", pathAndQuery);
    }

    HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        backend.close();
    }
}
