package communique.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Chromium ({@link Chromium}) and the web app over the {@link PageTypes} fixture, for a test class:
 * {@code @RegisterExtension static final BrowserOnPageTypes site = new BrowserOnPageTypes();} starts both before its
 * tests and stops both (and deletes the index) after them.
 */
final class BrowserOnPageTypes implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private TestServer server;
    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        driver = Chromium.start();
        dir = Files.createTempDirectory("communique-page-types");
        server = new TestServer(dir, PageTypes.articles());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    WebDriver driver() {
        return driver;
    }

    TestServer server() {
        return server;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Loads {@code path} (from the server's root) in a window {@code width} px wide and 1000 px high. */
    void open(String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(server.base() + path);
    }
}
