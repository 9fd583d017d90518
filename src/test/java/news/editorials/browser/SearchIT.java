package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in Chromium on the fixture site, whose fillers carry the words used here: "tariff" in the title of an
 * older editorial (2024/filler-2) and the body of a newer one (filler-6), "café" (filler-3), "lighthouse"
 * (filler-4 and filler-7), "harbours" (filler-7) beside "harbour" (filler-2); and on the real site for paging.
 */
class SearchIT {
    private static final String FILLER = "editorials/2024/filler-";

    private static SiteServer fixture;
    private static SiteServer real;
    private static ChromeDriver driver;
    private static SearchPage search;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        fixture = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.start();
        search = new SearchPage(driver);
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(driver);
        Stream.of(fixture, real).filter(s -> s != null).forEach(SiteServer::close);
    }

    @Test
    void aWordInTheBodyFindsItsEditorialsNewestFirst() {
        search.open(fixture, "lighthouse");
        assertEquals(List.of(FILLER + "7/", FILLER + "4/"), search.urls());
        assertEquals(List.of("lighthouse", "lighthouse"), search.marks(), "the word is marked in each snippet");
        assertEquals("2 editorials match \u201clighthouse\u201d.", search.status());
        assertFalse(driver.findElement(By.cssSelector(".ed-search__no-js")).isDisplayed(), "no JavaScript message hidden");
    }

    @Test
    void aTitleMatchRanksAboveANewerBodyMatch() {
        search.open(fixture, "tariff");
        assertEquals(List.of(FILLER + "2/", FILLER + "6/"), search.urls());
        assertEquals("Tariffs", driver.findElement(By.cssSelector("main ol li h2 mark")).getText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"harbours", "harbour", "HARBOUR"})
    void pluralAndSingularFindEachOther(String query) {
        search.open(fixture, query);
        assertEquals(List.of(FILLER + "2/", FILLER + "7/"), search.urls(), "title match first, then newer");
        assertTrue(search.marks().containsAll(List.of("harbour", "harbours")), search.marks().toString());
    }

    @Test
    void aFormTheSiteNeverUsesStillFindsItsStem() {
        search.open(fixture, "lighthouses keeper"); // the site says "lighthouse" only; not the last word, so no prefix
        assertEquals(List.of(FILLER + "4/"), search.urls());
        assertEquals(List.of("lighthouse", "keeper"), search.marks());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cafe", "café", "CAFÉ"})
    void accentsAreFolded(String query) {
        search.open(fixture, query);
        assertEquals(List.of(FILLER + "3/"), search.urls());
        assertEquals(List.of("café"), search.marks());
    }

    @Test
    void everyWordMustMatch() {
        search.open(fixture, "harbour lighthouse");
        assertEquals(List.of(FILLER + "7/"), search.urls());
        search.open(fixture, "harbour cafe");
        assertEquals(List.of(), search.urls());
        assertEquals("No editorials match \u201charbour cafe\u201d. Check the spelling, or use fewer words.", search.status());
    }

    @Test
    void authorsAndTopicsAreSearchedToo() {
        search.open(fixture, "hamilton");
        assertEquals(List.of("editorials/2023/paper-one/"), search.urls());
        search.open(fixture, "foreign policy");
        assertEquals(List.of("editorials/2025/script-title/"), search.urls());
    }

    @Test
    void draftsAreNeverFound() {
        search.open(fixture, "unfinished");
        assertEquals(List.of(), search.urls());
        search.open(fixture, "ready");
        assertEquals(List.of(), search.urls());
    }

    @Test
    void theQueryInTheAddressShowsResultsOnLoad() {
        search.open(fixture, "tariff lighthouse");
        assertEquals("tariff lighthouse", search.input().getDomProperty("value"));
        assertEquals(List.of(), search.urls());
        search.open(fixture, "bread tariff");
        assertEquals(List.of(FILLER + "6/"), search.urls());
    }

    @Test
    void typingUpdatesTheResultsAndTheAddressAndBackReturns() {
        driver.get(fixture.url("search/"));
        WebElement input = search.input();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                "true".equals(d.findElement(By.cssSelector("[data-module=ed-search]")).getDomAttribute("data-ed-search-started")));
        assertEquals("", search.status());
        input.sendKeys("lightho");
        search.waitFor("lightho");
        assertEquals(List.of(FILLER + "7/", FILLER + "4/"), search.urls(), "the last word is a prefix while typing");
        assertTrue(driver.getCurrentUrl().endsWith("search/?q=lightho"), driver.getCurrentUrl());
        input.sendKeys("use", Keys.ENTER);
        search.waitFor("lighthouse");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "cafe");
        search.waitFor("cafe");
        assertTrue(driver.getCurrentUrl().endsWith("search/?q=cafe"), driver.getCurrentUrl());
        assertEquals(List.of(FILLER + "3/"), search.urls());

        driver.navigate().back();
        search.waitFor("lighthouse");
        assertTrue(driver.getCurrentUrl().endsWith("search/?q=lighthouse"), driver.getCurrentUrl());
        assertEquals("lighthouse", search.input().getDomProperty("value"));
        assertEquals(List.of(FILLER + "7/", FILLER + "4/"), search.urls());
    }

    @Test
    void resultsShowTitleLinkDateBylineAndSnippet() {
        search.open(fixture, "cafe");
        WebElement result = driver.findElement(By.cssSelector("main ol li"));
        assertEquals("Filler editorial 3", result.findElement(By.cssSelector("h2 a")).getText());
        assertEquals("2024-03-15", result.findElement(By.cssSelector("time")).getDomAttribute("datetime"));
        assertEquals("15 March 2024", result.findElement(By.cssSelector("time")).getText());
        assertTrue(result.getText().contains("By Staff Writer"), result.getText());
        assertTrue(result.findElement(By.cssSelector("p.ed-search__snippet")).getText()
                .contains("The café on the quay closes early in winter."));
        result.findElement(By.cssSelector("h2 a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(FILLER + "3/"));
    }

    @Test
    void indexDataIsShownAsTextNeverAsMarkup() {
        search.open(fixture, "beware");
        WebElement link = search.links().get(0);
        assertEquals("Beware <script>alert('x')</script> & co", link.getText());
        assertTrue(link.findElements(By.tagName("script")).isEmpty());
    }

    @Test
    void twentyResultsAtATimeWithAButtonForMore() {
        SiteServer site = real();
        search.open(site, "the");
        int total = Integer.parseInt(search.status().split(" ")[0]);
        assertTrue(total > 40, "the real site's editorials all contain 'the': " + total);
        assertEquals(20, search.links().size());
        assertTrue(search.more().isDisplayed());
        search.more().click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> search.links().size() == 40);
        assertEquals(search.links().get(20), driver.switchTo().activeElement(), "focus moves to the first new result");
        while (search.more().isDisplayed()) {
            int shown = search.links().size();
            search.more().click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> search.links().size() > shown);
        }
        assertEquals(total, search.links().size());
        assertFalse(search.more().isDisplayed());
    }

    private static synchronized SiteServer real() {
        if (real == null) {
            real = SiteServer.start(TestSites.realSite());
        }
        return real;
    }
}
