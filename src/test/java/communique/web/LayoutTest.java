package communique.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type at desktop, tablet and phone width, laid out by Chromium: nothing wider than the window, no text
 * cut off by its box. A screenshot of each goes to target/screenshots/layout-{page}-{width}.png for a person to
 * look at.
 */
class LayoutTest {

    private static final int[] WIDTHS = {1280, 760, 390};
    /** Elements whose content is wider than their box and not scrollable: text cut off or spilling out. */
    private static final String CLIPPED = "return [...document.querySelectorAll('main *, header *')]"
            + ".filter(e => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1"
            + " && getComputedStyle(e).overflowX !== 'visible' && getComputedStyle(e).overflowX !== 'auto'"
            + " && !e.closest('.visually-hidden') && !e.classList.contains('visually-hidden'))"
            + ".map(e => e.tagName + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 30) + '\"');";

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
    void everyPageFitsItsWindowAtEveryWidth() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            for (Map.Entry<String, String> page : PageTypes.ALL.entrySet()) {
                driver.get(server.base() + page.getValue());
                JavascriptExecutor js = (JavascriptExecutor) driver;
                String where = page.getKey() + " @" + width + ": ";
                if (!(Boolean) js.executeScript("const root = document.documentElement;"
                        + " return root.scrollWidth <= root.clientWidth;")) {
                    problems.add(where + "scrolls sideways");
                }
                List<?> clipped = (List<?>) js.executeScript(CLIPPED);
                if (!clipped.isEmpty()) {
                    problems.add(where + "cut off: " + clipped);
                }
                long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 3000)));
                Chromium.shot(driver, "layout-" + page.getKey() + "-" + width);
                driver.manage().window().setSize(new Dimension(width, 1000));
            }
        }
        assertThat(problems).isEmpty();
    }
}
