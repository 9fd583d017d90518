package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The text-size controls in a real browser, on the fixture site: what a reader sees and hears when using them,
 * and that the choice follows them around the site. One browser for the class; each test starts with nothing stored.
 */
class FontSizeControlsIT {
    private static final String EDITORIAL = "editorials/2025/script-title/";
    private static final String NEWEST = "editorials/2025/newest/";
    private static final String PAPER_ONE = "editorials/2023/paper-one/";
    private static final String PAPER_TWO = "editorials/2023/paper-two/";
    /** The scale of templates/_layout.ftl, smallest first. */
    private static final List<Double> STEPS = List.of(87.5, 100.0, 112.5, 125.0, 150.0, 175.0, 200.0);
    private static final double PX = 0.01;

    private static SiteServer server;
    private static ChromeDriver driver;
    private static TextSizeControls controls;
    private static String mainWindow;
    private static double rootPx;
    private static double prosePx;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        server = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.start();
        controls = new TextSizeControls(driver);
        mainWindow = driver.getWindowHandle();
        // The reader's own default sizes, measured with nothing stored.
        open(EDITORIAL);
        rootPx = controls.rootFontSizePx();
        prosePx = controls.proseFontSizePx();
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
    void closeOtherTabs() {
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(mainWindow)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(mainWindow);
    }

    private static void open(String path) {
        driver.get(server.url(path));
        controls.ready();
    }

    private static void assertTextAt(double percent, String where) {
        assertAll(where + " at " + percent + "%",
                () -> assertEquals(rootPx * percent / 100, controls.rootFontSizePx(), PX, "root font size (px)"),
                () -> assertEquals(prosePx * percent / 100, controls.proseFontSizePx(), PX, "editorial text size (px)"));
    }

    @Test
    void increaseDecreaseAndResetChangeTheSizeOfTheEditorialText() {
        open(EDITORIAL);
        assertEquals(prosePx, controls.proseFontSizePx(), PX, "before any change");

        controls.increase();
        double larger = controls.proseFontSizePx();
        assertTrue(larger > prosePx, "Increase: " + larger + "px should be larger than " + prosePx + "px");

        controls.reset();
        assertEquals(prosePx, controls.proseFontSizePx(), PX, "Reset after Increase");

        controls.decrease();
        double smaller = controls.proseFontSizePx();
        assertTrue(smaller < prosePx, "Decrease: " + smaller + "px should be smaller than " + prosePx + "px");

        controls.reset();
        assertEquals(prosePx, controls.proseFontSizePx(), PX, "Reset after Decrease");
        assertEquals("", controls.rootInlineFontSize(), "Reset leaves the root at the reader's default");
    }

    @Test
    void rootFontSizeStepsThroughTheScale() {
        open(EDITORIAL);
        controls.decrease();
        assertEquals("87.5%", controls.rootInlineFontSize());
        assertTextAt(87.5, "after Decrease");
        for (double step : STEPS.subList(1, STEPS.size())) {
            controls.increase();
            assertEquals(step == 100 ? "" : percent(step), controls.rootInlineFontSize(), "root inline font-size");
            assertTextAt(step, "after Increase");
        }
    }

    @Test
    void chosenSizeSurvivesNavigationAndReload() {
        open(NEWEST);
        controls.increase();
        controls.increase();
        assertTextAt(125, NEWEST);

        // Follow a link to the older editorial, as a reader would.
        String from = driver.getCurrentUrl();
        driver.findElement(By.cssSelector(".ed-prevnext a[rel=prev]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().equals(from));
        controls.ready();
        assertEquals(server.url(EDITORIAL), driver.getCurrentUrl());
        assertEquals("125%", controls.rootInlineFontSize());
        assertTextAt(125, "after following the link");

        open(PAPER_ONE);
        assertTextAt(125, PAPER_ONE);

        driver.navigate().refresh();
        controls.ready();
        assertTextAt(125, PAPER_ONE + " reloaded");
        assertEquals("125", controls.storedStep());
    }

    @Test
    void resetForgetsTheStoredChoice() {
        open(EDITORIAL);
        controls.increase();
        assertEquals("112.5", controls.storedStep());

        controls.reset();
        assertNull(controls.storedStep(), "localStorage key removed");

        open(PAPER_TWO);
        assertEquals("", controls.rootInlineFontSize());
        assertTextAt(100, "next page after Reset");
    }

    @Test
    void increaseDoesNothingAtTheLargestSizeButStaysFocusable() {
        open(EDITORIAL);
        assertEnabled(controls.increaseButton());
        for (int i = 0; i < 5; i++) {
            controls.increase();
        }
        assertTextAt(200, "after five Increases");
        assertAriaDisabled(controls.increaseButton());
        assertEnabled(controls.decreaseButton());
        String status = controls.statusText();

        controls.increase();
        assertTextAt(200, "Increase clicked at the largest size");

        // Keyboard: Tab from Reset reaches Increase, and Enter on it changes nothing either.
        tabFrom(controls.resetButton(), controls.increaseButton());
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTextAt(200, "Enter on Increase at the largest size");
        assertEquals("200", controls.storedStep());
        assertEquals(status, controls.statusText(), "no new announcement");
    }

    @Test
    void decreaseDoesNothingAtTheSmallestSizeButStaysFocusable() {
        open(EDITORIAL);
        assertEnabled(controls.decreaseButton());
        controls.decrease();
        assertTextAt(87.5, "after one Decrease");
        assertAriaDisabled(controls.decreaseButton());
        assertEnabled(controls.increaseButton());
        String status = controls.statusText();

        controls.decrease();
        assertTextAt(87.5, "Decrease clicked at the smallest size");

        // Keyboard: Tab from the site title reaches Decrease (the first control), Enter changes nothing.
        tabFrom(driver.findElement(By.cssSelector(".ed-header__title")), controls.decreaseButton());
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTextAt(87.5, "Enter on Decrease at the smallest size");
        assertEquals("87.5", controls.storedStep());
        assertEquals(status, controls.statusText(), "no new announcement");
    }

    @Test
    void statusMessageAnnouncesEachChange() {
        open(EDITORIAL);
        // The live region must exist, empty, from page load, or the first change is not announced.
        assertEquals("status", controls.status().getDomAttribute("role"));
        assertEquals("", controls.statusText());

        controls.increase();
        assertEquals("Text size 112.5%", controls.statusText());
        controls.increase();
        assertEquals("Text size 125%", controls.statusText());
        controls.increase();
        controls.increase();
        assertEquals("Text size 175%", controls.statusText());
        controls.increase();
        assertEquals("Text size 200%, largest", controls.statusText());
        controls.decrease();
        assertEquals("Text size 175%", controls.statusText());
        controls.reset();
        assertEquals("Text size 100%", controls.statusText());
        controls.decrease();
        assertEquals("Text size 87.5%, smallest", controls.statusText());
    }

    @Test
    void storedSizeIsAppliedBeforeFirstPaintWithoutLayoutShift() {
        open(EDITORIAL);
        controls.increase();
        controls.increase();
        controls.increase();
        assertEquals("150", controls.storedStep());

        // Runs in every new document before its own scripts: records the root's size at the first animation
        // frame (the frame that paints first) and at DOMContentLoaded, and collects layout shifts.
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__ed = {firstFrame: null, domContentLoaded: null, shifts: []};
                requestAnimationFrame(() => {
                  const html = document.documentElement;
                  window.__ed.firstFrame = html.style.fontSize + " " + getComputedStyle(html).fontSize;
                });
                document.addEventListener("DOMContentLoaded", () => {
                  window.__ed.domContentLoaded = document.documentElement.style.fontSize;
                });
                new PerformanceObserver((list) => {
                  for (const entry of list.getEntries()) {
                    if (!entry.hadRecentInput) window.__ed.shifts.push(entry.value);
                  }
                }).observe({type: "layout-shift", buffered: true});
                """));
        try {
            open(PAPER_TWO);
            assertPaintedAt150("a new page");
            driver.navigate().refresh();
            controls.ready();
            assertPaintedAt150("the reloaded page");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertPaintedAt150(String where) {
        // Give the buffered layout-shift entries time to reach the observer.
        Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; setTimeout(() => done(window.__ed), 500);");
        List<Number> shifts = (List<Number>) seen.get("shifts");
        double shift = shifts.stream().mapToDouble(Number::doubleValue).sum();
        assertAll(where,
                () -> assertEquals("150% " + px(rootPx * 1.5), seen.get("firstFrame"), "root size at the first frame"),
                () -> assertEquals("150%", seen.get("domContentLoaded"), "root size at DOMContentLoaded"),
                () -> assertTrue(shift < 0.001, "cumulative layout shift " + shift + " from " + shifts));
    }

    @Test
    void followsAChangeMadeInAnotherTab() {
        open(EDITORIAL);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open(PAPER_ONE);
        String second = driver.getWindowHandle();
        controls.increase();
        controls.increase();

        driver.switchTo().window(first);
        waitForRootSize("125%");
        assertTextAt(125, "first tab after Increase in the second");

        driver.switchTo().window(second);
        controls.increase();
        controls.increase();
        controls.increase();
        driver.switchTo().window(first);
        waitForRootSize("200%");
        assertAriaDisabled(controls.increaseButton());

        driver.switchTo().window(second);
        controls.reset();
        driver.switchTo().window(first);
        waitForRootSize("");
        assertTextAt(100, "first tab after Reset in the second");
        assertEnabled(controls.increaseButton());
    }

    private static void waitForRootSize(String inline) {
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .withMessage("root inline font-size to become '" + inline + "'")
                .until(d -> inline.equals(controls.rootInlineFontSize()));
    }

    private static void assertAriaDisabled(WebElement button) {
        assertAll(button.getDomProperty("textContent").strip() + " at its bound",
                () -> assertEquals("true", button.getDomAttribute("aria-disabled")),
                () -> assertNull(button.getDomAttribute("disabled"), "no disabled attribute (it drops focus)"),
                () -> assertEquals("false", button.getDomProperty("disabled")));
    }

    private static void assertEnabled(WebElement button) {
        assertAll(button.getDomProperty("textContent").strip(),
                () -> assertEquals("false", button.getDomAttribute("aria-disabled")),
                () -> assertNull(button.getDomAttribute("disabled")));
    }

    /** Focuses {@code from}, presses Tab, and checks that focus lands on {@code to}. */
    private static void tabFrom(WebElement from, WebElement to) {
        driver.executeScript("arguments[0].focus()", from);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertSame(Boolean.TRUE, driver.executeScript("return document.activeElement === arguments[0]", to),
                "Tab should move focus to " + to.getDomProperty("textContent").strip());
    }

    private static String percent(double step) {
        return (step == Math.rint(step) ? String.valueOf((long) step) : String.valueOf(step)) + "%";
    }

    private static String px(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "px";
    }
}
