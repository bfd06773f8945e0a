package communique.web;

import communique.search.LuceneSearchBackend;

import io.javalin.Javalin;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility checks on a real archive's index, where facets hold thousands of values and the chart 27 years:
 * {@code mvn -B test -Dtest=ArchivePagesAccessibilityTest -Darchive.index=DIR} (an index that
 * {@code communique bench --docs 20000} leaves in target/bench-work/communique-index, say). Skipped without the
 * property. Each page, at 1280 and 390 px: no serious or critical violation but the dense chart's undersized bars,
 * and the first result one Tab past "Skip to results"; the Tab count without the skip link goes to
 * target/archive-pages.txt.
 */
class ArchivePagesAccessibilityTest {

    private static final String RULES = "{\"rules\": {\"target-size\": {\"enabled\": true}}}";

    @Test
    void archivePagesPassTheChecks() throws Exception {
        String property = System.getProperty("archive.index");
        Assumptions.assumeTrue(property != null, "set -Darchive.index=DIR to check an archive's pages");
        WebDriver driver = Chromium.start();
        Keyboard keys = new Keyboard(driver);
        List<String> report = new ArrayList<>();
        try (LuceneSearchBackend backend = new LuceneSearchBackend(Path.of(property))) {
            Javalin app = WebApp.create(backend).start(0);
            String base = "http://localhost:" + app.port();
            try {
                driver.get(base + "/");
                String official = (String) ((JavascriptExecutor) driver).executeScript(
                        "return document.querySelector('#facet-official .facet-value a').getAttribute('href');");
                for (String page : List.of("/", "/search?q=minister", "/search?q=minister&country=PK&country=US",
                        "/search?q=minister&from=2024&to=2024", official)) {
                    for (int width : new int[] {1280, 390}) {
                        driver.manage().window().setSize(new Dimension(width, 1000));
                        driver.get(base + page);
                        report.add(page + " @" + width + ": first result after "
                                + keys.tabUntil(".hit-title a", 300) + " Tab presses from the top");
                        driver.navigate().refresh();
                        keys.tab();
                        keys.enter();
                        assertThat(keys.tabUntil(".hit-title a", 5)).as("after the skip link on %s", page).isEqualTo(1);
                        ((JavascriptExecutor) driver).executeScript(
                                "document.querySelectorAll('details').forEach(d => d.open = true);");
                        for (Axe.Violation v : Axe.check(driver, RULES)) {
                            report.add("  " + v);
                            assertThat(v.rule()).as("%s on %s @%d", v, page, width).isEqualTo("target-size");
                            assertThat(v.nodes()).extracting(Axe.Node::html).allMatch(html ->
                                    html.matches("<a href=\"[^\"]*from=\\d{4}&(amp;)?to=\\d{4}\" title=\"\\d{4}: .*(?s).*"));
                        }
                    }
                }
            } finally {
                app.stop();
                driver.quit();
                Files.write(Path.of("target", "archive-pages.txt"), report);
            }
        }
    }
}
