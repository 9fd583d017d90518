package news.editorials.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import news.editorials.bake.BakeRequest;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures search on a large generated archive: the index's size, the bytes one query transfers with a cold
 * cache (the page, its CSS and JS, and every index fragment it loads, as the browser's resource timing counts
 * them), and the time from a keystroke to the results shown once the fragments are loaded. A measurement, not a
 * check: it asserts only that every query showed its results. Run by {@code src/bench/search.sh}, or:
 * {@code mvn -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SearchAtScaleIT
 * -Dsearch.measure.content=target/bench/10000/content}.
 */
@EnabledIfSystemProperty(named = "search.measure.content", matches = ".+")
class SearchAtScaleIT {
    /** Realistic queries for the generator's vocabulary: single words, pairs, a phrase, an author, a half-typed word. */
    static final List<String> QUERIES = List.of("budget", "harbour", "tax reform", "railway station",
            "climate energy", "hamilton", "pension", "court appeal verdict", "inflation", "the government",
            "gov", "bridges");
    private static final int TIMING_ROUNDS = 5;

    @Test
    void measuresIndexSizeBytesPerQueryAndKeystrokeToResults() throws Exception {
        Browsers.requireChromium();
        Path content = Path.of(System.getProperty("search.measure.content")).toAbsolutePath();
        Path site = TestSites.PROJECT.resolve("target/search-scale/" + content.getParent().getFileName());
        long bakeStart = System.nanoTime();
        TestSites.bake(BakeRequest.of(TestSites.PROJECT, site).withContentDir(content));
        long bakeMillis = (System.nanoTime() - bakeStart) / 1_000_000;
        Path data = site.resolve("search/data");
        long[] index = sizeOf(data);
        int documents = Integer.parseInt(Files.readString(data.resolve("manifest.json"))
                .replaceFirst("(?s).*\"documents\":(\\d+).*", "$1"));

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "search index of %d editorials: %d files, %.1f KB (%.1f KB gzipped); bake %.1f s",
                documents, index[0], index[1] / 1024.0, index[2] / 1024.0, bakeMillis / 1000.0));
        lines.add(String.format(Locale.ROOT, "  %-22s %8s %9s %9s %8s  %s", "query", "results", "bytes", "gzipped", "requests", "of which index fragments"));
        List<Long> bytes = new ArrayList<>();
        List<Long> gzipped = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        ChromeDriver driver = Browsers.start();
        try (SiteServer server = SiteServer.start(site)) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            SearchPage search = new SearchPage(driver);
            for (String query : QUERIES) {
                search.open(server, query); // a fresh page load: nothing in memory, nothing cached
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> loaded = (List<Map<String, Object>>) driver.executeScript("""
                        return [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
                          .map((e) => ({ url: e.name, bytes: e.encodedBodySize }));""");
                long total = 0;
                long zipped = 0;
                int fragments = 0;
                for (Map<String, Object> resource : loaded) {
                    total += ((Number) resource.get("bytes")).longValue();
                    String path = URI.create((String) resource.get("url")).getPath();
                    zipped += gzip(site.resolve(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1)));
                    fragments += path.contains("/search/data/") ? 1 : 0;
                }
                bytes.add(total);
                gzipped.add(zipped);
                lines.add(String.format(Locale.ROOT, "  %-22s %8s %9d %9d %8d  %d", query, search.status().split(" ")[0],
                        total, zipped, loaded.size(), fragments));
            }
            // Keystroke to results with every fragment loaded: one page, each query typed once to load its
            // fragments, then the queries typed again in turn, timed from the input event to the status line
            // that the module writes after the results are in the page.
            search.open(server, QUERIES.get(0));
            for (String query : QUERIES) {
                type(driver, query);
            }
            for (int round = 0; round < TIMING_ROUNDS; round++) {
                for (String query : QUERIES) {
                    millis.add(type(driver, query));
                }
            }
        } finally {
            Browsers.quit(driver);
        }
        lines.add(String.format(Locale.ROOT, "  bytes per query (cold cache): median %d (%.1f KB), max %d (%.1f KB); gzipped median %.1f KB, max %.1f KB",
                median(bytes), median(bytes) / 1024.0, max(bytes), max(bytes) / 1024.0, median(gzipped) / 1024.0, max(gzipped) / 1024.0));
        lines.add(String.format(Locale.ROOT, "  keystroke to results, fragments loaded (%d keystrokes): median %.1f ms, max %.1f ms",
                millis.size(), medianOf(millis), millis.stream().mapToDouble(d -> d).max().orElse(0)));
        String report = String.join("\n", lines) + "\n";
        System.out.print(report);
        Path results = TestSites.PROJECT.resolve("target/bench/search-results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Sets the field's value and fires the input event a keystroke fires; milliseconds until the results are shown. */
    private static double type(ChromeDriver driver, String query) {
        Object elapsed = driver.executeAsyncScript("""
                const [query, done] = arguments;
                const input = document.querySelector("main input[type=search]");
                const status = document.querySelector("main [role=status]");
                const quoted = "\\u201c" + query.trim() + "\\u201d";
                const start = performance.now();
                const observer = new MutationObserver(() => {
                  if (status.textContent.includes(quoted)) { observer.disconnect(); done(performance.now() - start); }
                });
                observer.observe(status, { childList: true, characterData: true, subtree: true });
                input.value = query;
                input.dispatchEvent(new Event("input", { bubbles: true }));
                """, query);
        assertTrue(elapsed instanceof Number, "results shown for " + query);
        return ((Number) elapsed).doubleValue();
    }

    /** Files, bytes and gzipped bytes of a folder tree. */
    private static long[] sizeOf(Path folder) throws IOException {
        long[] size = new long[3];
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                size[0]++;
                size[1] += Files.size(file);
                size[2] += gzip(file);
            }
        }
        return size;
    }

    private static long gzip(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
