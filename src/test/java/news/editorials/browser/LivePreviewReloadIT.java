package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import news.editorials.bake.BakeRequest;
import news.editorials.serve.LivePreview;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's "every open browser tab reloads on each save", in a real Chromium tab on the live preview of
 * a temporary project: a save in content/ and a save in assets/ each make the open tab load the page again
 * (a mark left in the old page's JavaScript is gone) and show the change, under the pages' CSP.
 */
class LivePreviewReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path temp;

    private static LivePreview live;
    private static ChromeDriver driver;
    private static final StringWriter ERRORS = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        Browsers.requireChromium();
        Path project = TestSites.copyFixtureProject(temp.resolve("project"));
        live = LivePreview.start(BakeRequest.of(project, temp.resolve("preview")).withDrafts(true), 0,
                new PrintWriter(new StringWriter(), true), new PrintWriter(ERRORS, true));
        driver = Browsers.start();
    }

    @AfterAll
    static void stop() {
        Browsers.quit(driver);
        if (live != null) {
            live.close();
        }
    }

    private static Path project() {
        return temp.resolve("project");
    }

    /** Opens {@code path} and leaves a mark in the page's JavaScript that only a real reload removes. */
    private static void openAndMark(String path) {
        driver.get(live.uri().resolve(path).toString());
        new WebDriverWait(driver, WAIT).until(d -> Long.valueOf(1).equals(driver.executeScript(
                "return document.querySelectorAll('script[src=\"/__preview/reload.js\"]').length")));
        // Give the reload script time to connect its event stream before the save.
        new WebDriverWait(driver, WAIT).until(d -> live.server().clientCount() > 0);
        driver.executeScript("window.edTestMark = 'before the save'");
    }

    private static void awaitReload() {
        new WebDriverWait(driver, WAIT).until(d -> driver.executeScript("return window.edTestMark") == null);
    }

    @Test
    void anOpenTabReloadsAfterAContentSave() throws IOException {
        openAndMark("editorials/2025/newest/");

        Files.writeString(project().resolve("content/editorials/2025/newest.md"),
                "---\ntitle: Saved in the editor\ndate: 2025-08-01\n---\nA revised body.\n");

        awaitReload();
        new WebDriverWait(driver, WAIT).until(d -> "Saved in the editor".equals(
                driver.findElement(By.cssSelector("h1")).getText()));
        assertEquals(live.uri().resolve("editorials/2025/newest/").toString(), driver.getCurrentUrl());
        assertEquals("", ERRORS.toString(), "no bake problems");
    }

    @Test
    void anOpenTabReloadsAfterAStylesheetSave() throws IOException {
        openAndMark("");

        Path css = project().resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n");

        awaitReload();
        new WebDriverWait(driver, WAIT).until(d -> "rgb(1, 2, 3) solid 3px".equals(
                driver.executeScript("return getComputedStyle(document.body).outline")));
    }
}
