package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The fixture site in a browser with JavaScript switched off: the text-size controls and the search form, which
 * cannot work without it, are not shown, and everything else is; the search page says where else to look.
 */
class NoJavaScriptIT {
    private static SiteServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        server = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.startWithoutJavaScript();
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(driver);
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"editorials/2025/script-title/", ""})
    void hidesFontSizeControlsWithoutJs(String path) {
        driver.get(server.url(path));
        // Proof that scripts really did not run: the head script would have swapped no-js for js.
        assertEquals("no-js", driver.findElement(By.tagName("html")).getDomAttribute("class"));
        assertAll("page /" + path + " without JavaScript",
                () -> assertFalse(driver.findElement(By.cssSelector("[data-module=ed-font-size]")).isDisplayed(),
                        "text-size controls hidden"),
                () -> assertTrue(driver.findElement(By.cssSelector("main h1")).isDisplayed(), "page heading shown"),
                () -> assertTrue(driver.findElement(By.cssSelector("nav.ed-nav")).isDisplayed(), "navigation shown"));
        if (!path.isEmpty()) {
            assertTrue(driver.findElement(By.cssSelector(".ed-article .ed-prose p")).isDisplayed(), "editorial text shown");
        }
    }

    @Test
    void searchPageSaysItNeedsJavaScriptAndLinksToTheArchiveAndTopics() {
        driver.get(server.url("search/?q=tariff"));
        assertEquals("no-js", driver.findElement(By.tagName("html")).getDomAttribute("class"));
        WebElement message = driver.findElement(By.cssSelector(".ed-search__no-js"));
        assertAll("search page without JavaScript",
                () -> assertTrue(message.isDisplayed(), "message shown"),
                () -> assertTrue(message.getText().contains("Search needs JavaScript"), message.getText()),
                () -> assertEquals(server.url("archive/"), message.findElement(By.linkText("archive")).getDomProperty("href")),
                () -> assertEquals(server.url("topics/"), message.findElement(By.linkText("topics")).getDomProperty("href")),
                () -> assertFalse(driver.findElement(By.cssSelector("main input[type=search]")).isDisplayed(), "form hidden"),
                () -> assertTrue(driver.findElements(By.cssSelector("main ol li")).isEmpty(), "no results"));
    }
}
