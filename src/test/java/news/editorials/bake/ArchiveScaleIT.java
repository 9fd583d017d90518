package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated archive (the benchmark's generator) large enough that every listing has many pages: listing
 * pages stay small, every editorial can be reached from the listings by following links, and every page of
 * a listing is its own page with rel prev/next and aria-current. The size bound holds at any archive size
 * because listings are paginated; the benchmark measures it at 10,000 (see src/bench/README.md).
 */
class ArchiveScaleIT {
    private static final int EDITORIALS = 2_000;
    /** No page but an editorial may be larger than this: the issue's bound at 10,000 editorials. */
    private static final long MAX_LISTING_BYTES = 100 * 1024;

    private static Path site;

    @BeforeAll
    static void generateAndBake() throws Exception {
        Path dir = TestSites.PROJECT.resolve("target/test-sites/archive-scale");
        Path content = dir.resolve("content");
        if (!Files.exists(content.resolve("about.md"))) {
            generate(content);
            Files.copy(TestSites.PROJECT.resolve("content/about.md"), content.resolve("about.md"));
        }
        site = TestSites.bake(BakeRequest.of(TestSites.PROJECT, dir.resolve("site")).withContentDir(content)).outputDir();
    }

    /** Runs src/bench/GenerateEditorials.java with the JDK's source launcher, as the benchmark does. */
    private static void generate(Path content) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "src/bench/GenerateEditorials.java",
                String.valueOf(EDITORIALS), content.toString())
                .directory(TestSites.PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "generator timed out");
        assertEquals(0, process.exitValue(), "generator failed");
    }

    private static boolean isEditorial(String path) {
        return path.startsWith("editorials/");
    }

    @Test
    void noPageButAnEditorialIsOver100Kilobytes() throws IOException {
        List<String> tooBig = new ArrayList<>();
        for (String path : TestSites.files(site, ".html")) {
            long size = Files.size(site.resolve(path));
            if (!isEditorial(path) && size > MAX_LISTING_BYTES) {
                tooBig.add(path + " (" + size + " bytes)");
            }
        }
        assertEquals(List.of(), tooBig);
    }

    @Test
    void everyEditorialCanBeReachedFromTheListingsByFollowingLinks() {
        Set<String> editorials = new HashSet<>(TestSites.files(site, ".html").stream().filter(ArchiveScaleIT::isEditorial).toList());
        assertTrue(editorials.size() >= EDITORIALS, "generated editorials baked: " + editorials.size());

        // Crawl the listing pages only: an editorial's own older/newer links must not be what makes it reachable.
        Set<String> seen = new HashSet<>();
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html", "archive/index.html", "topics/index.html", "series/index.html"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            for (Element link : TestSites.page(site, path).select("main a[href]")) {
                String target = resolve(path, link.attr("href"));
                if (target == null) {
                    continue;
                }
                if (isEditorial(target)) {
                    reached.add(target);
                } else if (Files.exists(site.resolve(target))) {
                    queue.add(target);
                }
            }
        }
        Set<String> unreached = new HashSet<>(editorials);
        unreached.removeAll(reached);
        assertEquals(Set.of(), unreached, "editorials no listing links to");
    }

    /** A relative link on the page at {@code from}, as a site path ending in index.html, or null if external. */
    private static String resolve(String from, String href) {
        if (href.contains(":") || href.startsWith("#") || href.startsWith("/")) {
            return null;
        }
        Path folder = Path.of(from).getParent();
        Path target = (folder == null ? Path.of(href.isEmpty() ? "." : href) : folder.resolve(href)).normalize();
        String path = target.toString().replace('\\', '/');
        return path.isEmpty() ? "index.html" : href.endsWith("/") || href.isEmpty() ? path + "/index.html" : path;
    }

    @Test
    void everyPageOfAListingHasItsOwnUrlNeighboursAndCurrentPage() {
        List<String> yearPages = TestSites.files(site, ".html").stream()
                .filter(path -> path.matches("archive/\\d{4}/(page/\\d+/)?index.html")).sorted().toList();
        String year = yearPages.get(0).substring("archive/".length(), "archive/".length() + 4);
        List<String> pages = yearPages.stream().filter(path -> path.startsWith("archive/" + year + "/")).toList();
        assertTrue(pages.size() > 3, "a year of this archive spans several pages: " + pages);
        Set<String> titles = new HashSet<>();
        for (int number = 1; number <= pages.size(); number++) {
            String path = number == 1 ? "archive/" + year + "/index.html" : "archive/" + year + "/page/" + number + "/index.html";
            Document page = TestSites.page(site, path);
            assertTrue(titles.add(page.title()), "titles differ between pages: " + page.title());
            assertEquals(TestSites.SITE_HOST + path.replace("index.html", ""), page.selectFirst("link[rel=canonical]").attr("href"));
            Element current = page.selectFirst(".ed-pager a[aria-current=page]");
            assertNotNull(current, path);
            assertEquals("Page " + number, current.text());
            assertEquals(number > 1, page.selectFirst(".ed-pager a[rel=prev]") != null, path + " rel=prev");
            assertEquals(number < pages.size(), page.selectFirst(".ed-pager a[rel=next]") != null, path + " rel=next");
            if (number < pages.size()) {
                String next = resolve(path, page.selectFirst(".ed-pager a[rel=next]").attr("href"));
                assertEquals("archive/" + year + "/page/" + (number + 1) + "/index.html", next);
            }
        }
    }
}
