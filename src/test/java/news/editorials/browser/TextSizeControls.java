package news.editorials.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The text-size controls of the page open in a driver, used the way a reader uses them (real clicks), and
 * what the reader then gets (computed sizes). Selectors are the JS hooks of templates/_components.ftl.
 */
final class TextSizeControls {
    /** localStorage key, as printed on {@code <html data-ed-font-key>}. */
    static final String STORAGE_KEY = "ed-font-size";

    private final WebDriver driver;

    TextSizeControls(WebDriver driver) {
        this.driver = driver;
    }

    WebElement group() {
        return driver.findElement(By.cssSelector("[data-module=ed-font-size]"));
    }

    WebElement increaseButton() {
        return driver.findElement(By.cssSelector(".js-font-size-increase"));
    }

    WebElement decreaseButton() {
        return driver.findElement(By.cssSelector(".js-font-size-decrease"));
    }

    WebElement resetButton() {
        return driver.findElement(By.cssSelector(".js-font-size-reset"));
    }

    WebElement status() {
        return driver.findElement(By.cssSelector(".ed-font-size [role=status]"));
    }

    /** Waits until the font-size module has started (it is a deferred module script). */
    TextSizeControls ready() {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "true".equals(
                script("const group = document.querySelector('[data-module=ed-font-size]');"
                        + " return group ? group.dataset.edFontSizeStarted || '' : ''")));
        return this;
    }

    void increase() {
        increaseButton().click();
    }

    /** Clicks Increase until it reports the largest step (aria-disabled), at most once per step of the scale. */
    void increaseToLargest() {
        for (int i = 0; i < 7 && !"true".equals(increaseButton().getDomAttribute("aria-disabled")); i++) {
            increase();
        }
    }

    void decrease() {
        decreaseButton().click();
    }

    void reset() {
        resetButton().click();
    }

    /** The status message as a screen reader gets it (the element is visually hidden, so not getText()). */
    String statusText() {
        return status().getDomProperty("textContent").strip();
    }

    /** The root's inline font-size, e.g. "125%", or "" when none is set (100%). */
    String rootInlineFontSize() {
        return (String) script("return document.documentElement.style.fontSize");
    }

    /** The root's computed font size in CSS px. */
    double rootFontSizePx() {
        return px("return getComputedStyle(document.documentElement).fontSize");
    }

    /** The computed font size of the first paragraph of editorial text, in CSS px. */
    double proseFontSizePx() {
        return px("return getComputedStyle(document.querySelector('.ed-prose p')).fontSize");
    }

    /** The step in localStorage, or null when nothing is stored. */
    String storedStep() {
        return (String) script("return localStorage.getItem(arguments[0])", STORAGE_KEY);
    }

    void clearStorage() {
        script("localStorage.clear()");
    }

    private double px(String script) {
        String value = (String) script(script);
        if (!value.endsWith("px")) {
            throw new IllegalStateException("Expected a px value, got " + value);
        }
        return Double.parseDouble(value.substring(0, value.length() - 2));
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
