package news.editorials.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a reader uses it: its field, status line and results, in a browser. */
final class SearchPage {
    private final ChromeDriver driver;

    SearchPage(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Opens {@code search/?q=...} and waits for the results of that query. */
    SearchPage open(SiteServer server, String query) {
        driver.get(server.url("search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        return waitFor(query);
    }

    /** Waits until the status line speaks of this query, which the module writes once its results are shown. */
    SearchPage waitFor(String query) {
        String quoted = "\u201c" + query.trim() + "\u201d";
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().contains(quoted));
        return this;
    }

    WebElement input() {
        return driver.findElement(By.cssSelector("main input[type=search]"));
    }

    String status() {
        return driver.findElement(By.cssSelector("main [role=status]")).getText();
    }

    List<WebElement> links() {
        return driver.findElements(By.cssSelector("main ol li h2 a"));
    }

    /** Result links as site-root-relative URLs, in order. */
    List<String> urls() {
        String origin = driver.getCurrentUrl().replaceFirst("^(https?://[^/]+/).*$", "$1");
        return links().stream().map(a -> a.getDomProperty("href").replace(origin, "")).toList();
    }

    /** Text of every highlighted word on the page, in order. */
    List<String> marks() {
        return driver.findElements(By.cssSelector("main ol li mark")).stream().map(WebElement::getText).toList();
    }

    WebElement more() {
        return driver.findElement(By.cssSelector("main button.js-search-more"));
    }
}
