package news.editorials.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, started from the system's binaries so Selenium Manager never tries
 * to download a browser (there is no internet). Flags from src/docs/browser-testing.md.
 *
 * <p>Call {@link #requireChromium()} first (in {@code @BeforeAll}): without the binaries the tests are skipped with a
 * message locally, and fail when {@code CI=true}, where a missing browser is a broken build, not a reason to skip.
 * Starting takes about 2 s, so a test class keeps one driver for all its tests and {@link #quit quits} it at the end.
 */
final class Browsers {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--window-size=1280,900");

    /** Each driver's throwaway profile folder, deleted when it quits. */
    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private Browsers() {
    }

    /** Skips (locally) or fails (CI=true) the calling test class when Chromium or ChromeDriver is missing. */
    static void requireChromium() {
        String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .reduce((a, b) -> a + " and " + b)
                .orElse(null);
        if (missing == null) {
            return;
        }
        String message = "Browser tests need " + missing
                + " (apt-get install -y chromium chromium-driver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true and " + message);
        }
        System.err.println("SKIPPED browser tests: " + message);
        Assumptions.abort(message);
    }

    /** A fresh headless Chromium with JavaScript on and its own empty profile. */
    static ChromeDriver start() {
        return start(new ChromeOptions());
    }

    /** A fresh headless Chromium with JavaScript switched off by content setting, as a reader might have it. */
    static ChromeDriver startWithoutJavaScript() {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(options);
    }

    private static ChromeDriver start(ChromeOptions options) {
        Path profile = temporaryProfile();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        PROFILES.put(driver, profile);
        return driver;
    }

    /** Quits the browser (null-safe, for {@code @AfterAll}) and deletes its profile folder. */
    static void quit(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            Path profile = PROFILES.remove(driver);
            if (profile != null) {
                deleteQuietly(profile);
            }
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("ed-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless
        }
    }
}
