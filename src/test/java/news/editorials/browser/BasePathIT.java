package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.editorials.bake.BakeRequest;
import news.editorials.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's promise that the site works from a sub-path: the fixture site baked with
 * {@code site.base_path=/opinion/} and served only under {@code /opinion/} (anything else is a bare 404),
 * then crawled over HTTP and opened in Chromium, the 404 page included (it is served at any depth, so it
 * is the one page that needs the base path).
 */
class BasePathIT {
    private static final String BASE = "/opinion/";
    /** {@code --ed-color-bg} of the stylesheet: only there if site.css loaded. */
    private static final String BACKGROUND_TOKEN = "#fbfaf6";

    @TempDir
    static Path temp;

    private static SiteServer server;
    private static ChromeDriver driver;
    private static TextSizeControls controls;

    @BeforeAll
    static void bakeAndServe() throws IOException {
        Browsers.requireChromium();
        Path project = Files.createDirectories(temp.resolve("project"));
        TestSites.copyTree(TestSites.PROJECT.resolve("templates"), project.resolve("templates"));
        TestSites.copyTree(TestSites.PROJECT.resolve("assets"), project.resolve("assets"));
        String settings = Files.readString(TestSites.PROJECT.resolve("jbake.properties"));
        String subPath = settings.replaceFirst("(?m)^site\\.base_path=.*$", "site.base_path=" + BASE);
        assertNotEquals(settings, subPath, "jbake.properties has a site.base_path line to change");
        Files.writeString(project.resolve("jbake.properties"), subPath);
        Path site = TestSites.bake(BakeRequest.of(project, temp.resolve("site"))
                .withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES)).outputDir();
        server = SiteServer.start(site, BASE);
        driver = Browsers.start();
        controls = new TextSizeControls(driver);
    }

    @AfterAll
    static void stop() {
        Browsers.quit(driver);
        if (server != null) {
            server.close();
        }
    }

    /**
     * From the home page and the 404 page, every link, stylesheet, script and icon of every page reached
     * stays under the sub-path and answers 200.
     */
    @Test
    void everyLinkAndAssetResolvesInsideTheSubPath() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Deque<String> pages = new ArrayDeque<>(List.of(server.url(""), server.url("no/such/page/")));
        Set<String> seen = new LinkedHashSet<>(pages);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        while (!pages.isEmpty()) {
            String pageUrl = pages.poll();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Document document = Jsoup.parse(page.body(), pageUrl);
            for (Element reference : document.select("a[href], link[href], script[src], img[src]")) {
                String target = reference.absUrl(reference.hasAttr("href") ? "href" : "src").replaceFirst("#.*", "");
                if (!target.startsWith(server.origin() + "/")) {
                    continue; // the canonical link and feed URLs name the public host, not this server
                }
                checked++;
                if (!target.startsWith(server.url(""))) {
                    problems.add(pageUrl + " -> " + target + " leaves " + BASE);
                } else if (seen.add(target)) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        problems.add(pageUrl + " -> " + target + " is " + response.statusCode());
                    } else if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                        pages.add(target);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 100 && seen.size() > 20, "the crawl reached the site: " + seen.size() + " URLs");
    }

    /** In Chromium: the stylesheet applies, the text-size module starts and works, nothing fails to load. */
    @ParameterizedTest(name = "{0}/{1}")
    @ValueSource(strings = {"", "editorials/2025/newest/", "topics/trade/", "no/such/page/"})
    void pagesWorkFromTheSubPath(String path) {
        driver.get(server.url(path));
        controls.ready();
        controls.clearStorage();
        driver.navigate().refresh();
        controls.ready();

        assertEquals(BACKGROUND_TOKEN, driver.executeScript(
                "return getComputedStyle(document.documentElement).getPropertyValue('--ed-color-bg').trim()"));
        controls.increase();
        assertEquals("112.5%", controls.rootInlineFontSize(), "the controls work");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> failed = (List<Map<String, Object>>) driver.executeScript(
                "return performance.getEntriesByType('resource')"
                        + ".filter(e => e.responseStatus && e.responseStatus !== 200)"
                        + ".map(e => ({url: e.name, status: e.responseStatus}))");
        assertEquals(List.of(), failed, "resources that failed to load");
    }

    @Test
    void theNotFoundPageLeadsBackIntoTheSite() {
        driver.get(server.url("deep/in/a/missing/folder/"));
        assertEquals("Page not found", driver.findElement(By.cssSelector("h1")).getText());

        driver.findElement(By.linkText("latest editorials")).click();

        assertEquals(server.url(""), driver.getCurrentUrl());
        assertEquals("Latest editorials", driver.findElement(By.cssSelector("h1")).getText());
    }
}
