package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.editorials.serve.PreviewServer;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages under their Content-Security-Policy in Chromium: one page of every type the fixture site has
 * loads with no policy violation and no script error, the text-size controls work and a stored size applies
 * on reload, the controls stay hidden (in their reserved place) when their module fails, and the live
 * preview still reloads its pages.
 *
 * <p>Violations and errors are collected by a script Chromium runs in every new document before the page's
 * own (injected through the DevTools protocol, which the page's policy does not apply to).
 */
class ContentSecurityPolicyIT {
    /** Pages that must be loaded whatever their folder, beyond one page per type (none yet). */
    private static final List<String> EXTRA_PAGES = List.of();
    private static final String EDITORIAL = "editorials/2025/script-title/";

    private static final String COLLECTOR = """
            window.__edProblems = [];
            document.addEventListener("securitypolicyviolation", (e) => {
              window.__edProblems.push("policy violation: " + e.effectiveDirective + " blocked "
                  + (e.blockedURI || "?") + " at " + e.sourceFile + ":" + e.lineNumber + " " + (e.sample || ""));
            }, true);
            window.addEventListener("error", (e) => {
              const target = e.target;
              window.__edProblems.push(target && target !== window
                  ? "failed to load " + (target.src || target.href || target.tagName)
                  : "error: " + e.message + " at " + e.filename + ":" + e.lineno);
            }, true);
            window.addEventListener("unhandledrejection", (e) => window.__edProblems.push("unhandled rejection: " + e.reason));
            """;

    private static SiteServer fixture;
    private static ChromeDriver driver;
    private static TextSizeControls controls;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        fixture = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.start();
        controls = new TextSizeControls(driver);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECTOR));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(driver);
        if (fixture != null) {
            fixture.close();
        }
    }

    @AfterEach
    void forgetStoredSizeAndBlockedUrls() {
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.get(fixture.url(""));
        controls.clearStorage();
    }

    /**
     * One page per type: the fixture site's pages grouped by first folder and depth ({@code topics/index.html},
     * {@code topics/x/index.html}, {@code editorials/2025/x/index.html} ...), so a page type added later is
     * covered without a change here.
     */
    static Stream<String> pageTypes() {
        Map<String, String> byType = new LinkedHashMap<>();
        for (String file : TestSites.files(TestSites.fixtureSite(), ".html")) {
            String[] parts = file.split("/");
            byType.putIfAbsent(parts[0] + "/" + parts.length, file.endsWith("index.html")
                    ? file.substring(0, file.length() - "index.html".length()) : file);
        }
        List<String> pages = new ArrayList<>(byType.values());
        EXTRA_PAGES.stream().filter(page -> !pages.contains(page)).forEach(pages::add);
        return pages.stream();
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pageTypes")
    void pageLoadsWithoutViolationsOrErrors(String page) {
        driver.get(fixture.url(page));
        controls.ready();
        assertEquals(List.of(), problems(), page);

        // The policy is really in force (and the collector hears it): an inline script added now is refused.
        driver.executeScript("const s = document.createElement('script'); s.textContent = 'window.__edRan = true';"
                + " document.body.append(s);");
        assertNull(driver.executeScript("return window.__edRan"), "an inline script without its hash must not run");
        List<String> refused = problems();
        assertTrue(refused.size() == 1 && refused.get(0).startsWith("policy violation: script-src-elem"),
                "the refusal is reported: " + refused);
    }

    @Test
    void textSizeControlsWorkAndAStoredSizeAppliesOnReload() {
        driver.get(fixture.url(EDITORIAL));
        controls.ready();
        double defaultPx = controls.rootFontSizePx();

        controls.increase();
        controls.increase();
        assertEquals("125%", controls.rootInlineFontSize());
        assertEquals("125", controls.storedStep());

        driver.navigate().refresh();
        controls.ready();
        assertEquals("125%", controls.rootInlineFontSize(), "set by the hashed head script");
        assertEquals(defaultPx * 1.25, controls.rootFontSizePx(), 0.01);
        controls.increase();
        assertEquals("Text size 150%", controls.statusText(), "the controls still work after the reload");
        assertEquals(List.of(), problems());
    }

    /** A module that never loads (blocked: offline, a filter) and one that fails while running. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("failedModules")
    void controlsStayHiddenInTheirPlaceWhenTheirModuleFails(String failure, @TempDir Path temp) throws Exception {
        driver.get(fixture.url(EDITORIAL));
        controls.ready();
        Rect working = Rect.of(controls.group());
        double headerHeight = driver.findElement(By.cssSelector(".ed-header")).getRect().getHeight();

        SiteServer broken = null;
        try {
            String url;
            if (failure.equals("blocked")) {
                driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/font-size.js")));
                url = fixture.url(EDITORIAL);
            } else {
                Path site = temp.resolve("site");
                TestSites.copyTree(TestSites.fixtureSite(), site);
                Files.writeString(site.resolve("js/font-size.js"), "throw new Error('the module fails on purpose');\n");
                broken = SiteServer.start(site);
                url = broken.url(EDITORIAL);
            }
            driver.get(url);
            // Long enough for a deferred module to have run, had it loaded.
            List<String> seen = problemsAfter(500);
            WebElement group = controls.group();
            assertAll(failure,
                    () -> assertTrue(seen.stream().anyMatch(p -> p.contains("font-size.js")), "the failure happened: " + seen),
                    () -> assertEquals("js", driver.findElement(By.tagName("html")).getDomAttribute("class"),
                            "the head script ran"),
                    () -> assertNull(group.getDomAttribute("data-ed-font-size-started"), "the module never started"),
                    () -> assertEquals("hidden", group.getCssValue("visibility")),
                    () -> assertFalse(controls.increaseButton().isDisplayed(), "no dead Increase button"),
                    () -> assertFalse(controls.decreaseButton().isDisplayed(), "no dead Decrease button"),
                    () -> assertFalse(controls.resetButton().isDisplayed(), "no dead Reset button"),
                    () -> assertEquals(working, Rect.of(group), "the same place as working controls"),
                    () -> assertEquals(headerHeight, driver.findElement(By.cssSelector(".ed-header")).getRect().getHeight(),
                            "the header keeps its height"));
        } finally {
            if (broken != null) {
                broken.close();
            }
        }
    }

    static Stream<String> failedModules() {
        return Stream.of("blocked", "throws");
    }

    @Test
    void previewReloadsItsPagesUnderThePolicy(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("preview");
        TestSites.copyTree(TestSites.fixtureSite(), site);
        try (PreviewServer preview = PreviewServer.start(site, 0)) {
            driver.get(preview.uri().resolve(EDITORIAL).toString());
            controls.ready();
            new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage("the page to connect to the event stream")
                    .until(d -> preview.clientCount() == 1);
            driver.executeScript("window.__edBeforeReload = true");
            assertEquals(List.of(), problems(), "the preview's reload script is allowed");

            preview.showSite();
            new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage("the page to reload")
                    .until(d -> driver.executeScript("return window.__edBeforeReload") == null);
            controls.ready();
            assertEquals(List.of(), problems(), "after the reload");
        }
    }

    private static List<String> problems() {
        return problemsAfter(100);
    }

    /** What the collector heard, after {@code millis} more for late reports (violation events are queued). */
    @SuppressWarnings("unchecked")
    private static List<String> problemsAfter(int millis) {
        Object seen = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " setTimeout(() => done(window.__edProblems || ['the collector did not run']), arguments[0]);", millis);
        return List.copyOf((List<String>) seen);
    }

    /** An element's box, for comparing places. */
    private record Rect(int x, int y, int width, int height) {
        static Rect of(WebElement element) {
            org.openqa.selenium.Rectangle r = element.getRect();
            return new Rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
    }
}
