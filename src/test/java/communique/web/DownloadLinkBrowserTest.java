package communique.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium, the results page's "Download CSV" link saves the page's own search as a named CSV file. */
class DownloadLinkBrowserTest {

    @Test
    @Timeout(120)
    void theLinkDownloadsTheCurrentSearchAsCsv(@TempDir Path dir) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        try (TestServer server = new TestServer(dir.resolve("index"))) {
            WebDriver driver = Chromium.start(downloads);
            try {
                driver.get(server.base() + "/search?q=naqvi&country=GB&sort=date");
                driver.findElement(By.linkText("Download CSV")).click();
                Path file = downloads.resolve("communique-naqvi.csv");
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (!Files.exists(file) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(file).exists();
                List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get()
                        .parse(new StringReader(Files.readString(file))).getRecords();
                assertThat(rows).extracting(r -> r.get("id")).containsExactly("naqvi-nca", "naqvi-wajid");
                assertThat(driver.getCurrentUrl()).endsWith("/search?q=naqvi&country=GB&sort=date"); // still on the page
            } finally {
                driver.quit();
            }
        }
    }
}
