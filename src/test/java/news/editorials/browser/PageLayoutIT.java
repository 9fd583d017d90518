package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Layout in a real browser on the fixture site: reflow at 320 CSS px with the text at 200 % (WCAG 1.4.10 with
 * 1.4.4), and the printed page. Viewport and media are emulated through the DevTools protocol.
 */
class PageLayoutIT {
    private static SiteServer server;
    private static ChromeDriver driver;
    private static TextSizeControls controls;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        server = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.start();
        controls = new TextSizeControls(driver);
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(driver);
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetStoredSize() {
        driver.get(server.url(""));
        controls.clearStorage();
    }

    @AfterEach
    void clearEmulation() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "editorials/2025/script-title/", "editorials/2023/paper-one/", "topics/",
            "series/the-federalist/", "archive/", "about/", "editorials/2025/hostile-metadata/", "authors/",
            "authors/the-editorial-board/", "search/?q=tariff", "editorials/2024/tables-and-figures/"})
    void noHorizontalScrollAt320PxWideWithTextAt200Percent(String path) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", false));
        driver.get(server.url(path));
        controls.ready();
        double defaultRootPx = controls.rootFontSizePx();
        controls.increaseToLargest();
        assertEquals("200%", controls.rootInlineFontSize());
        assertEquals(defaultRootPx * 2, controls.rootFontSizePx(), 0.01);
        assertEquals(320L, driver.executeScript("return window.innerWidth"), "viewport width in CSS px");
        if (path.startsWith("search/")) {
            new SearchPage(driver).waitFor("tariff");
        }

        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth");
        assertTrue(scrollWidth <= clientWidth, "page /" + path + " scrolls sideways: scrollWidth " + scrollWidth
                + " > clientWidth " + clientWidth + "; elements past the right edge: " + overflowing(clientWidth));
    }

    /** Visible elements whose box ends past the viewport's right edge, for the failure message. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(long clientWidth) {
        return (List<String>) driver.executeScript("""
                const width = arguments[0];
                return [...document.body.querySelectorAll("*")]
                  .filter((e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length > 0)
                  .slice(0, 10)
                  .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === "string"
                      ? "." + e.className.trim().split(/\\s+/).join(".") : "")
                      + " right=" + Math.round(e.getBoundingClientRect().right));
                """, clientWidth);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 200})
    void aWideTableScrollsInsideItsRegionAndFiguresFitAt320Px(int percent) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", false));
        driver.get(server.url("editorials/2024/tables-and-figures/"));
        controls.ready();
        if (percent == 200) {
            controls.increaseToLargest();
        }
        long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth");
        assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth") <= clientWidth,
                "the page scrolls sideways: " + overflowing(clientWidth));

        var region = driver.findElement(By.cssSelector(".ed-table[role=region]"));
        long regionWidth = (Long) driver.executeScript("return arguments[0].clientWidth", region);
        long tableWidth = (Long) driver.executeScript("return arguments[0].scrollWidth", region);
        assertTrue(regionWidth <= clientWidth);
        if (percent == 200) {
            // At 100 % the fixture's nine narrow columns may just fit 320 px; at 200 % they cannot.
            assertTrue(tableWidth > regionWidth, "the table is wider than the region: " + tableWidth + " > " + regionWidth);
            region.click();
            assertEquals(region, driver.switchTo().activeElement(), "the region takes focus");
            region.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT, org.openqa.selenium.Keys.ARROW_RIGHT);
            // Keyboard scrolling may be animated: wait (boundedly) for it to move rather than read it at once.
            boolean scrolled = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                    .until(d -> ((Number) ((ChromeDriver) d).executeScript("return arguments[0].scrollLeft", region)).longValue() > 0);
            assertTrue(scrolled, "the arrow keys scroll the table");
            assertEquals(0L, ((Number) driver.executeScript("return window.scrollX")).longValue(), "not the page");
        }

        for (var image : driver.findElements(By.cssSelector("figure img"))) {
            driver.executeScript("arguments[0].scrollIntoView()", image);
            Boolean loaded = (Boolean) new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> ((ChromeDriver) d).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
            assertTrue(loaded, "image loads: " + image.getAttribute("src"));
            long shown = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width", image)).longValue();
            assertTrue(shown <= clientWidth, "image fits the viewport: " + shown);
            String chosen = (String) driver.executeScript("return arguments[0].currentSrc", image);
            assertTrue(chosen.contains(".480w."), "a 320 px screen gets the 480 px variant, not " + chosen);
        }
    }

    @Test
    void correctionsRelatedAndTheMetaLineStayWithinA320PxViewportAt200Percent() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", false));
        driver.get(server.url("editorials/2025/hostile-metadata/"));
        controls.ready();
        controls.increaseToLargest();
        assertEquals("200%", controls.rootInlineFontSize());
        long width = (Long) driver.executeScript("return document.documentElement.clientWidth");
        for (String selector : List.of(".ed-article .ed-meta__reading", ".ed-article .ed-meta__updated", ".ed-corrections",
                ".ed-corrections li", ".ed-related", ".ed-related__link", ".ed-byline__link")) {
            var element = driver.findElement(By.cssSelector(selector));
            assertTrue(element.isDisplayed(), selector + " shown");
            Number right = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", element);
            assertTrue(right.doubleValue() <= width + 0.5, selector + " ends at " + right + " past " + width);
        }
    }

    @Test
    void printHidesTheControlsAndNavigationButNotTheEditorial() {
        driver.get(server.url("editorials/2025/newest/"));
        controls.ready();
        assertTrue(controls.group().isDisplayed(), "controls shown on screen");
        assertTrue(driver.findElement(By.cssSelector("nav.ed-nav")).isDisplayed(), "navigation shown on screen");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(Boolean.TRUE, driver.executeScript("return matchMedia('print').matches"), "print media emulated");
        assertAll("printed editorial",
                () -> assertFalse(controls.group().isDisplayed(), "text-size controls"),
                () -> assertFalse(driver.findElement(By.cssSelector("nav.ed-nav")).isDisplayed(), "site navigation"),
                () -> assertFalse(driver.findElement(By.cssSelector("nav.ed-prevnext")).isDisplayed(),
                        "older/newer links"),
                () -> assertFalse(driver.findElement(By.cssSelector(".ed-related")).isDisplayed(), "related editorials"),
                () -> assertTrue(driver.findElement(By.cssSelector(".ed-article__title")).isDisplayed(), "title"),
                () -> assertTrue(driver.findElement(By.cssSelector(".ed-prose p")).isDisplayed(), "editorial text"));
    }
}
