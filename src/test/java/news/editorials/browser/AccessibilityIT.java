package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on rendered pages, with the text at the reader's default and at 200 %: the home page, editorials (one
 * with corrections and related editorials), author pages and the search page showing results of the fixture site,
 * and the seed editorial and a paginated author page of the real site; and the fixture's home, editorials and
 * search page in the dark colour scheme, whose colours the stylesheet sets separately (contrast is checked for each).
 */
class AccessibilityIT {
    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final String SEED = "editorials/2025/pakistan-us-cooperation/";
    /** Results with highlighted words in titles and snippets. */
    private static final String SEARCH_RESULTS = "search/?q=tariff";

    private static SiteServer fixture;
    private static SiteServer real;
    private static ChromeDriver driver;
    private static TextSizeControls controls;

    @BeforeAll
    static void startBrowser() {
        Browsers.requireChromium();
        fixture = SiteServer.start(TestSites.fixtureSite());
        driver = Browsers.start();
        controls = new TextSizeControls(driver);
    }

    @AfterAll
    static void stopBrowser() {
        Browsers.quit(driver);
        Stream.of(fixture, real).filter(s -> s != null).forEach(SiteServer::close);
    }

    /** The real site, baked on first use. */
    private static synchronized SiteServer real() {
        if (real == null) {
            real = SiteServer.start(TestSites.realSite());
        }
        return real;
    }

    static Stream<Arguments> pages() {
        return Stream.of("fixture", "real").flatMap(site -> (site.equals("fixture")
                ? Stream.of("", "editorials/2025/script-title/", "editorials/2025/hostile-metadata/", "authors/",
                        "authors/the-editorial-board/", SEARCH_RESULTS, "editorials/2024/tables-and-figures/")
                : Stream.of(SEED, "authors/alexander-hamilton/page/2/"))
                .flatMap(path -> Stream.of(Arguments.of(site, path, 100), Arguments.of(site, path, 200))));
    }

    @ParameterizedTest(name = "{0} site /{1} at {2}%")
    @MethodSource("pages")
    void pageHasNoAxeViolations(String site, String path, int percent) {
        SiteServer server = site.equals("fixture") ? fixture : real();
        driver.get(server.url(path));
        controls.ready();
        controls.clearStorage(); // start from the reader's default size
        driver.navigate().refresh();
        controls.ready();
        if (percent == 200) {
            controls.increaseToLargest();
        }
        assertEquals(percent == 100 ? "" : "200%", controls.rootInlineFontSize(), "text size under test");
        waitForSearchResults(path);

        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertNull(results.getErrorMessage(), "axe ran");
        assertTrue(results.getViolations().isEmpty(),
                "axe violations on " + site + " /" + path + " at " + percent + "%:\n" + describe(results.getViolations()));
        assertNoUndecidedResults(results, site + " /" + path + " at " + percent + "%");
    }

    @ParameterizedTest(name = "fixture site /{0} in the dark colour scheme")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "editorials/2025/script-title/", "editorials/2025/hostile-metadata/",
            SEARCH_RESULTS})
    void pageHasNoAxeViolationsInTheDarkColourScheme(String path) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            driver.get(fixture.url(path));
            controls.ready();
            waitForSearchResults(path);
            assertTrue((Boolean) driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"),
                    "dark scheme emulated");
            Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
            assertNull(results.getErrorMessage(), "axe ran");
            assertTrue(results.getViolations().isEmpty(),
                    "axe violations on /" + path + " in the dark scheme:\n" + describe(results.getViolations()));
            assertNoUndecidedResults(results, "/" + path + " in the dark scheme");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * axe reports what it cannot decide as "incomplete", not as a violation: text over a background image or
     * gradient, behind another element, or whose colour comes from a pseudo-element. Contrast problems hide
     * there, so an undecided contrast check fails the test like a violation.
     *
     * <p>One kind of node is let through: content made only of symbols (axe's {@code nonBmp}: "Element content
     * contains only non-text characters"), because axe does not rate the contrast of symbols at all. The one
     * such node today is the pager's arrow ({@code <span aria-hidden="true"> →</span>} inside the "Next" link):
     * hidden from assistive technology, in its link's colour, whose text axe does check.
     */
    private static void assertNoUndecidedResults(Results results, String where) {
        List<Rule> undecided = results.getIncomplete().stream()
                .filter(rule -> rule.getId().startsWith("color-contrast"))
                .map(AccessibilityIT::withoutSymbolOnlyNodes)
                .filter(rule -> !rule.getNodes().isEmpty())
                .toList();
        assertTrue(undecided.isEmpty(), "axe could not decide on " + where + ":\n" + describe(undecided));
    }

    private static Rule withoutSymbolOnlyNodes(Rule rule) {
        rule.setNodes(rule.getNodes().stream().filter(node -> !symbolsOnly(node)).toList());
        return rule;
    }

    private static boolean symbolsOnly(CheckedNode node) {
        List<com.deque.html.axecore.results.Check> reasons = node.getAny();
        return reasons != null && !reasons.isEmpty() && reasons.stream().allMatch(check ->
                check.getData() instanceof Map<?, ?> data && "nonBmp".equals(data.get("messageKey")));
    }

    private static void waitForSearchResults(String path) {
        if (path.startsWith("search/?q=")) {
            new SearchPage(driver).waitFor(path.substring("search/?q=".length()));
            assertTrue(driver.findElements(org.openqa.selenium.By.cssSelector("main ol li mark")).size() > 0, "results shown");
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " " + rule.getHelpUrl() + "\n" + rule.getNodes().stream()
                        .map(AccessibilityIT::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
        if (html.length() > 160) {
            html = html.substring(0, 160) + "...";
        }
        return "    at " + node.getTarget() + ": " + html
                + (node.getFailureSummary() == null ? "" : "\n      " + node.getFailureSummary().replace("\n", "\n      "));
    }
}
