package communique.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type at desktop, tablet and phone width, laid out by Chromium: nothing wider than the window, no text
 * cut off by its box, no skip link showing until it is focused. A full-height screenshot of each goes to
 * target/screenshots/layout-{page}-{width}.png for a person to look at.
 */
class LayoutTest {

    private static final int[] WIDTHS = {1280, 760, 390};
    /** Elements whose content is wider than their box and not scrollable: text cut off or spilling out. */
    private static final String CLIPPED = "return [...document.querySelectorAll('main *, header *')]"
            + ".filter(e => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1"
            + " && getComputedStyle(e).overflowX !== 'visible' && getComputedStyle(e).overflowX !== 'auto'"
            + " && !e.closest('.visually-hidden') && !e.classList.contains('visually-hidden'))"
            + ".map(e => e.tagName + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 30) + '\"');";

    @RegisterExtension
    static final BrowserOnPageTypes site = new BrowserOnPageTypes();

    @Test
    void everyPageFitsItsWindowAtEveryWidth() throws Exception {
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = site.js();
        for (int width : WIDTHS) {
            for (Map.Entry<String, String> page : PageTypes.ALL.entrySet()) {
                site.open(page.getValue(), width);
                String where = page.getKey() + " @" + width + ": ";
                if (!(Boolean) js.executeScript("const root = document.documentElement;"
                        + " return root.scrollWidth <= root.clientWidth;")) {
                    problems.add(where + "scrolls sideways");
                }
                if (!(Boolean) js.executeScript("return [...document.querySelectorAll('.skip-link')]"
                        + ".every(a => a.getBoundingClientRect().bottom <= 0);")) {
                    problems.add(where + "an unfocused skip link shows");
                }
                List<?> clipped = (List<?>) js.executeScript(CLIPPED);
                if (!clipped.isEmpty()) {
                    problems.add(where + "cut off: " + clipped);
                }
                long height = (Long) js.executeScript("return document.documentElement.scrollHeight"
                        + " + outerHeight - innerHeight;");
                site.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height, 3000)));
                Chromium.shot(site.driver(), "layout-" + page.getKey() + "-" + width);
            }
        }
        assertThat(problems).isEmpty();
    }
}
