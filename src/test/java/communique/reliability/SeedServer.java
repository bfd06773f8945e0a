package communique.reliability;

import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;
import communique.web.PublicUrl;
import communique.web.WebApp;

import io.javalin.Javalin;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real web app on a free port over the seed-like fixture index, for the tests that talk to it over sockets:
 * {@code @RegisterExtension static final SeedServer server = new SeedServer();} starts it before the class's tests
 * and stops it (and deletes its index) after them.
 */
final class SeedServer implements BeforeAllCallback, AfterAllCallback {

    private final PublicUrl publicUrl;
    private Path dir;
    private LuceneSearchBackend backend;
    private Javalin app;

    SeedServer() {
        this(PublicUrl.ofConnection());
    }

    SeedServer(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("communique-seed-server");
        backend = new LuceneSearchBackend(TestIndexes.seedLike(dir));
        app = WebApp.create(backend, publicUrl).start(0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            app.stop();
        } finally {
            backend.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    int port() {
        return app.port();
    }

    Javalin app() {
        return app;
    }
}
