package communique.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by its chromedriver (both from PATH, so Selenium Manager never downloads
 * anything). Without them the calling test class is skipped on a workstation but fails in CI (CI is set).
 * Screenshots go to target/screenshots/.
 */
final class Chromium {

    static final Path SHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A fresh browser with its own profile under target/, 1280 px wide. */
    static WebDriver start() throws IOException {
        return start(null);
    }

    /** The same, saving downloads into {@code downloads} without asking (null: the browser's default). */
    static WebDriver start(Path downloads) throws IOException {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String message = "browser tests need chromium and chromedriver on PATH (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        Files.createDirectories(SHOTS);
        return new ChromeDriver(service, options);
    }

    /** The first of {@code names} that is an executable on PATH. */
    static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The visible part of the page as target/screenshots/{name}.png. */
    static void shot(WebDriver driver, String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Chromium logs CSP violations to the console; whether the pages so far caused none. */
    static boolean consoleFreeOfCspErrors(WebDriver driver) {
        try (Stream<String> lines = driver.manage().logs().get("browser").getAll().stream().map(Object::toString)) {
            return lines.noneMatch(line -> line.contains("Content Security Policy"));
        } catch (RuntimeException e) {
            return true; // the browser log is not available from every driver; the handler tests check the headers
        }
    }
}
