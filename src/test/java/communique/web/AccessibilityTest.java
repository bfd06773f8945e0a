package communique.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core ({@link Axe}) on every page type ({@link PageTypes}) at desktop, tablet and phone width, as served and
 * again with every folded section opened: no serious or critical violation of WCAG 2.0-2.2 A/AA or of axe's best
 * practices. Every violation found, of any impact, goes to target/axe-report.txt (docs/accessibility.md).
 */
class AccessibilityTest {

    private static final int[] WIDTHS = {1280, 760, 390};
    /** axe's default rules plus WCAG 2.2's target size (24 px), which axe leaves off by default. */
    private static final String RULES = "{\"rules\": {\"target-size\": {\"enabled\": true}}}";

    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start();
        server = new TestServer(dir, PageTypes.articles());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noSeriousOrCriticalViolationOnAnyPageAtAnyWidth() throws Exception {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            for (Map.Entry<String, String> page : PageTypes.ALL.entrySet()) {
                driver.get(server.base() + page.getValue());
                String name = page.getKey() + " @" + width;
                found.put(name, Axe.check(driver, RULES));
                openEverythingFolded();
                found.put(name + " unfolded", Axe.check(driver, RULES));
            }
        }
        Files.writeString(Path.of("target", "axe-report.txt"), report(found), StandardCharsets.UTF_8);
        Map<String, List<Axe.Violation>> serious = new LinkedHashMap<>();
        found.forEach((page, violations) -> {
            List<Axe.Violation> bad = violations.stream().filter(Axe.Violation::serious).toList();
            if (!bad.isEmpty()) {
                serious.put(page, bad);
            }
        });
        assertThat(serious.keySet()).as("pages with serious or critical axe violations (all violations are in"
                + " target/axe-report.txt):%n%s", report(serious)).isEmpty();
    }

    /**
     * The check itself must be able to fail: on one of our pages, under its CSP, axe reports an unlabelled field
     * and a nameless link that are added to it. (Were the script blocked or broken, this would fail too.)
     */
    @Test
    void axeRunsUnderThePagesCspAndFindsWhatIsWrong() throws Exception {
        HttpResponse<String> response = server.get("/search?q=pakistan");
        assertThat(response.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
        assertThat(SecurityHeaders.CSP).contains("script-src 'self'").doesNotContain("unsafe");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base() + "/search?q=pakistan");
        assertThat(Axe.check(driver, RULES)).isEmpty();
        ((JavascriptExecutor) driver).executeScript("document.querySelector('main').insertAdjacentHTML('afterbegin',"
                + " '<input type=\"text\" id=\"canary\"><a href=\"/\" id=\"canary-link\"></a>');");
        assertThat(driver.findElements(By.id("canary"))).hasSize(1);
        assertThat(Axe.check(driver, RULES)).extracting(Axe.Violation::rule).contains("label", "link-name");
        assertThat(Axe.version(driver)).startsWith("4.");
        assertThat(Chromium.consoleFreeOfCspErrors(driver)).as("no CSP violation in the console").isTrue();
    }

    /** Opens every details element (filters folded on a phone, "Show more" lists), so axe sees what a user can. */
    private static void openEverythingFolded() {
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    }

    private static String report(Map<String, List<Axe.Violation>> found) {
        return found.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue().isEmpty() ? "no violations"
                : e.getValue().size() + " rules failed\n  " + e.getValue().stream().map(Axe.Violation::toString)
                        .collect(Collectors.joining("\n  ")))).collect(Collectors.joining("\n")) + "\n";
    }
}
