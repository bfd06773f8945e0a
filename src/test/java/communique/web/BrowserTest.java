package communique.web;

import communique.extract.ExtractedArticle;
import communique.extract.Official;
import communique.search.LuceneSearchBackend;
import communique.search.TestIndexes;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in headless Chromium (Debian's chromium + chromium-driver, no download): type a query, see marks,
 * click facets, check URL and counts, use the back button, open an article ({@link Chromium}: screenshots go to
 * target/screenshots/; without Chromium the class is skipped on a workstation but fails in CI).
 */
class BrowserTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start();
        server = new TestServer(dir);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
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

    private static void shot(String name) throws IOException {
        Chromium.shot(driver, name);
    }

    private static String total() {
        return driver.findElement(By.cssSelector(".total")).getText();
    }

    private static WebElement facetValue(String facet, String label) {
        return driver.findElements(By.cssSelector("#facet-" + facet + " .facet-value a")).stream()
                .filter(a -> a.findElement(By.cssSelector(".facet-label")).getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no facet value " + label + " in " + facet));
    }

    private static String count(String facet, String label) {
        return facetValue(facet, label).findElement(By.cssSelector(".count")).getText();
    }

    private static String path() {
        return driver.getCurrentUrl().substring(server.base().length());
    }

    @Test
    void searchFacetsBackButtonAndArticle() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1100));
        driver.get(server.base() + "/");
        assertThat(driver.getTitle()).contains("Communiqué");
        assertThat(total()).isEqualTo("5 articles");
        shot("01-home");

        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("cooperation", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=cooperation"));
        List<WebElement> marks = driver.findElements(By.cssSelector(".snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).isEqualToIgnoringCase("cooperation");
        assertThat(total()).isEqualTo("2 articles");
        shot("02-query-marks");

        driver.get(server.base() + "/search");
        facetValue("country", "United Kingdom").click();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?country=GB"));
        assertThat(total()).isEqualTo("4 articles");
        assertThat(count("country", "United States")).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#facet-country .selected .facet-label")).getText())
                .isEqualTo("United Kingdom");
        assertThat(driver.findElements(By.cssSelector(".chip"))).hasSize(1);
        shot("03-facet-selected");

        facetValue("country", "United States").click();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?country=GB&country=US"));
        assertThat(total()).isEqualTo("5 articles");

        facetValue("official", "Mohsin Naqvi · Interior Minister, Pakistan").click();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?official=mohsin-naqvi&country=GB&country=US"));
        assertThat(total()).isEqualTo("2 articles");
        shot("04-two-facets");

        driver.navigate().back();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?country=GB&country=US"));
        assertThat(total()).isEqualTo("5 articles");
        driver.navigate().back();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?country=GB"));
        assertThat(total()).isEqualTo("4 articles");

        driver.findElement(By.cssSelector(".bars a[title^='2025']")).click();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?country=GB&from=2025&to=2025"));
        assertThat(total()).isEqualTo("2 articles");
        shot("05-year-bar");

        driver.get(server.base() + "/search?q=cooperation&country=GB");
        driver.findElement(By.cssSelector(".hit-title a")).click();
        wait.until(ExpectedConditions.urlContains("/article/"));
        assertThat(path()).startsWith("/article/naqvi-wajid?q=cooperation&country=GB");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Naqvi meets British minister Lord Wajid Khan");
        assertThat(driver.findElements(By.cssSelector(".article-body mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".article-body a.mention"))).isNotEmpty();
        shot("06-article");

        driver.findElement(By.cssSelector(".back a")).click();
        wait.until(ExpectedConditions.urlToBe(server.base() + "/search?q=cooperation&country=GB"));
        assertThat(total()).isEqualTo("2 articles");
    }

    @Test
    void otherPagesAndAPhoneScreen() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base() + "/official/mohsin-naqvi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mohsin Naqvi");
        shot("07-official");
        driver.get(server.base() + "/search?q=Nakvi");
        assertThat(driver.findElement(By.cssSelector(".suggestion a")).getText()).isEqualTo("Naqvi");
        shot("08-did-you-mean");
        driver.get(server.base() + "/search?q=%22unclosed");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("\"unclosed");
        shot("09-syntax-error");
        driver.manage().window().setSize(new Dimension(390, 1600));
        driver.get(server.base() + "/search?q=pakistan&country=GB");
        assertThat(total()).isEqualTo("4 articles");
        shot("10-phone");
        assertThat(Chromium.consoleFreeOfCspErrors(driver)).isTrue();
    }

    /**
     * An archive's worth of facets (27 years, officials with long titles) must stay in the filter column: a grid
     * track grows to its content's min-content width unless told not to, and once did, laying the filters over
     * the results. Checked at desktop, tablet and phone widths by the positions Chromium laid out.
     */
    @Test
    void manyYearsAndLongLabelsStayInTheFilterColumn(@TempDir Path wide) throws Exception {
        List<ExtractedArticle> articles = new ArrayList<>();
        Official envoy = new Official("rashida-al-mansouri-qureshi", "Rashida Al-Mansouri Qureshi",
                "Special Representative for Afghanistan and Central Asian Affairs", "PK");
        Official deputy = new Official("elizabeth-dalberg", "Elizabeth Dalberg",
                "Deputy Secretary of State for Political Affairs", "US");
        for (int year = 2000; year <= 2026; year++) {
            articles.add(TestIndexes.extracted("y" + year, "Talks of " + year, "Pakistan and the United States held"
                    + " talks.", LocalDate.of(year, 3, 1), null, List.of(envoy, deputy),
                    List.of(TestIndexes.PK, TestIndexes.US)));
        }
        Path index = TestIndexes.write(wide.resolve("index"), articles);
        try (LuceneSearchBackend backend = new LuceneSearchBackend(index)) {
            Javalin app = WebApp.create(backend).start(0);
            try {
                for (int width : new int[] {1280, 760, 390}) {
                    driver.manage().window().setSize(new Dimension(width, 1200));
                    driver.get("http://localhost:" + app.port() + "/search?q=talks");
                    assertThat(total()).isEqualTo("27 articles");
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    String why = "at " + width + " px";
                    assertThat((Boolean) js.executeScript("const root = document.documentElement;"
                            + " return root.scrollWidth <= root.clientWidth;")).as("no sideways scrolling " + why)
                            .isTrue();
                    assertThat((String) js.executeScript(OVERFLOWING_FILTERS)).as("filters that stick out " + why)
                            .isEmpty();
                    if (width >= 900) {
                        assertThat((Boolean) js.executeScript("return document.querySelector('.filters')"
                                + ".getBoundingClientRect().right <= document.querySelector('.results')"
                                + ".getBoundingClientRect().left;")).as("filters left of the results").isTrue();
                        List<String> labels = driver.findElements(By.cssSelector(".bars .bar-label")).stream()
                                .map(WebElement::getText).filter(label -> !label.isBlank()).toList();
                        assertThat(labels).as("every fifth year labelled").containsExactly(
                                "’00", "’05", "’10", "’15", "’20", "’25");
                        shot("11-many-years");
                    }
                }
                driver.manage().window().setSize(new Dimension(1280, 1200));
                driver.get("http://localhost:" + app.port() + "/official/elizabeth-dalberg");
                assertThat(driver.findElements(By.cssSelector(".bars .bar-label")).stream().map(WebElement::getText)
                        .filter(label -> !label.isBlank()).toList()).as("the official's timeline")
                        .containsExactly("’00", "’05", "’10", "’15", "’20", "’25");
                assertThat((Boolean) ((JavascriptExecutor) driver).executeScript("const root ="
                        + " document.documentElement; return root.scrollWidth <= root.clientWidth;")).isTrue();
                shot("12-official-many-years");
            } finally {
                app.stop();
            }
        }
    }

    /** Every element of the filter column whose box ends right of the column's, named with its text. */
    private static final String OVERFLOWING_FILTERS = "const column = document.querySelector('.filters')"
            + ".getBoundingClientRect(); return [...document.querySelectorAll('.filters *')]"
            + ".filter(e => e.getClientRects().length && e.getBoundingClientRect().right > column.right + 1)"
            + ".map(e => e.tagName + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 30) + '\" right '"
            + " + Math.round(e.getBoundingClientRect().right) + ' > ' + Math.round(column.right)).join('; ');";
}
