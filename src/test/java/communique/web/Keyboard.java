package communique.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** Real key presses in the browser, and what has the focus after them. */
final class Keyboard {

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /** Presses Tab until the focused element matches {@code selector}; how many presses, or fails past {@code max}. */
    int tabUntil(String selector, int max) {
        for (int presses = 1; presses <= max; presses++) {
            tab();
            if ((Boolean) js().executeScript("return document.activeElement.matches(arguments[0]);", selector)) {
                return presses;
            }
        }
        throw new AssertionError("no " + selector + " within " + max + " Tab presses; focus is on " + focused());
    }

    String focusedId() {
        return (String) js().executeScript("return document.activeElement.id;");
    }

    /** The focused element: tag, class and the start of its text. */
    String focused() {
        return (String) js().executeScript("const e = document.activeElement; return e.tagName + '.' + e.className"
                + " + ' \"' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '\"';");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
