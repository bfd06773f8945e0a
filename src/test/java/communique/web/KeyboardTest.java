package communique.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site with the keyboard alone, in Chromium: real Tab and Enter presses from the top of each page. Every page
 * starts with a skip link to what it is for; on a results page the first result is one Tab past it; every stop shows
 * a focus ring, on screen and uncovered.
 */
class KeyboardTest {

    /** Tab presses after "Skip to results" within which the first result must be reached. */
    private static final int AFTER_SKIP = 5;
    private static final String FILTERED = PageTypes.ALL.get("results-filtered");

    @RegisterExtension
    static final BrowserOnPageTypes site = new BrowserOnPageTypes();

    @Test
    void skipToResultsIsTheFirstStopAndTheFirstResultIsOneTabPastIt() throws Exception {
        for (int width : new int[] {1280, 390}) {
            open(FILTERED, width);
            keys().tab();
            assertThat(keys().focused()).as("first Tab at %d px", width).isEqualTo("A.skip-link \"Skip to results\"");
            assertThat((Boolean) js().executeScript("const r = document.activeElement.getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= innerHeight;")).as("the skip link shows when focused").isTrue();
            Chromium.shot(site.driver(), "keyboard-skip-link-" + width);
            keys().enter();
            assertThat(keys().focusedId()).as("Enter on the skip link").isEqualTo("results");
            int presses = keys().tabUntil(".hit-title a", AFTER_SKIP);
            assertThat(presses).as("Tab presses from the skip link's target to the first result at %d px", width)
                    .isEqualTo(1);
            assertThat(keys().focused()).contains(site.driver().findElement(By.cssSelector(".hit-title a")).getText());
            Chromium.shot(site.driver(), "keyboard-first-result-" + width);
        }
    }

    @Test
    void withoutTheSkipLinkAPhoneReachesTheFirstResultInAFewPresses() {
        open(FILTERED, 390);
        int presses = keys().tabUntil(".hit-title a", 60);
        // skip link, brand, search box, button, folded filters, 3 chips, clear all, 2 sort links, first result
        assertThat(presses).as("Tab presses from the top to the first result at 390 px").isLessThanOrEqualTo(12);
        open(FILTERED, 1280);
        System.out.printf("first result from the top without the skip link: %d presses at 390 px, %d at 1280 px%n",
                presses, keys().tabUntil(".hit-title a", 200));
    }

    @Test
    void theSkipLinkOfEveryPageLandsOnItsMainContent() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> page : PageTypes.ALL.entrySet()) {
            open(page.getValue(), 1280);
            keys().tab();
            String target = (String) js().executeScript("const a = document.activeElement;"
                    + " return a.classList.contains('skip-link') ? a.getAttribute('href').substring(1) : null;");
            if (target == null) {
                wrong.add(page.getKey() + ": first stop is " + keys().focused());
                continue;
            }
            keys().enter();
            if (!target.equals(keys().focusedId())) {
                wrong.add(page.getKey() + ": skip link to #" + target + " left focus on " + keys().focused());
                continue;
            }
            keys().tab();
            if (!(Boolean) js().executeScript("return document.getElementById(arguments[0])"
                    + ".contains(document.activeElement) && document.activeElement.matches('a, button, input, summary');",
                    target)) {
                wrong.add(page.getKey() + ": the Tab after #" + target + " went to " + keys().focused());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Home, a result, a name in its text, that official's page: each reached with a few key presses. */
    @Test
    void fromTheHomePageToAnArticleAndAnOfficialByKeyboard() {
        open("/", 1280);
        keys().tab();
        keys().enter();
        keys().tab();
        keys().enter();
        new WebDriverWait(site.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/article/"));
        keys().tab();
        keys().enter();
        assertThat(keys().focusedId()).isEqualTo("article");
        int presses = keys().tabUntil(".article-body a.mention", 3);
        assertThat(presses).as("Tabs from the article's start to its first linked name").isLessThanOrEqualTo(3);
        String name = site.driver().switchTo().activeElement().getText();
        keys().enter();
        new WebDriverWait(site.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/(official|country)/"));
        assertThat(site.driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
        keys().tab();
        keys().enter();
        assertThat(keys().focusedId()).isEqualTo("articles");
        assertThat(keys().tabUntil(".hit-title a", 2)).isEqualTo(1);
    }

    /** On each page, every stop Tab reaches (the first 80) has a visible ring, is on screen and is not covered. */
    @Test
    void everyStopShowsItsFocusOnScreen() {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("results-filtered", "did-you-mean", "zero-results-filtered", "paged", "article",
                "article-part-2", "official", "error-404", "search-error-400")) {
            for (int width : new int[] {1280, 390}) {
                open(PageTypes.ALL.get(name), width);
                js().executeScript("window.scrollTo(0, 0);");
                for (int stop = 0; stop < 80; stop++) {
                    keys().tab();
                    if ((Boolean) js().executeScript("return document.activeElement === document.body;")) {
                        break;
                    }
                    String problem = (String) js().executeScript(FOCUS_PROBLEM);
                    if (problem != null) {
                        problems.add(name + " @" + width + " stop " + (stop + 1) + " " + keys().focused() + ": " + problem);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Why the focused element's focus cannot be seen, or null: no outline, off screen, or under something else. */
    private static final String FOCUS_PROBLEM = "const e = document.activeElement; const s = getComputedStyle(e);"
            + " if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return 'no focus outline';"
            + " const r = e.getClientRects()[0]; if (!r || r.width < 1 || r.height < 1) return 'no box';"
            + " if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return 'off screen';"
            + " const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);"
            + " const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);"
            + " const top = document.elementFromPoint(x, y);"
            + " return top && (e === top || e.contains(top)) ? null : 'covered by ' + (top ? top.tagName + '.' + top.className : 'nothing');";

    private static void open(String path, int width) {
        site.open(path, width);
    }

    private static Keyboard keys() {
        return new Keyboard(site.driver());
    }

    private static JavascriptExecutor js() {
        return site.js();
    }
}
