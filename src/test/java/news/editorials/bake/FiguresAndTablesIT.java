package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture editorial with a table, figures, headings, strikethrough and a bare URL, as baked. */
class FiguresAndTablesIT {
    private static final String PAGE = "editorials/2024/tables-and-figures/index.html";
    private static Path site;
    private static Document page;

    @BeforeAll
    static void bake() {
        site = TestSites.fixtureSite();
        page = page(site, PAGE);
    }

    @Test
    void tableSitsInALabelledFocusableRegionWithHeaderScopesAndItsCaptionFirst() {
        Element region = page.selectFirst(".ed-prose div[role=region]");
        assertNotNull(region);
        assertEquals("0", region.attr("tabindex"));
        assertEquals("Annual change in consumer prices by category", region.attr("aria-label"));
        Element table = region.selectFirst("> table");
        assertEquals("caption", table.child(0).tagName());
        assertEquals(region.attr("aria-label"), table.child(0).text());
        assertEquals(9, table.select("thead th[scope=col]").size());
        assertEquals(3, table.select("tbody tr").size());
        assertTrue(table.select("[align]").isEmpty(), "no obsolete align attributes");
        assertEquals("Energy \u2013 fuel and power \u2013 led", table.select("tbody tr").first().child(8).text());
    }

    @Test
    void figuresHaveCaptionsSizesAndResponsiveVariantsThatExist() throws IOException {
        List<Element> figures = page.select(".ed-prose figure.ed-figure");
        assertEquals(2, figures.size());
        assertEquals("Consumer prices, annual change, 2019-2024", figures.get(0).selectFirst("figcaption").text());
        for (Element img : page.select(".ed-prose img")) {
            assertFalse(img.attr("alt").isBlank());
            int width = Integer.parseInt(img.attr("width"));
            int height = Integer.parseInt(img.attr("height"));
            for (String candidate : img.attr("srcset").split(",\\s*")) {
                String[] parts = candidate.split(" ");
                assertTrue(parts[0].startsWith("../../../images/"), "relative to the page: " + parts[0]);
                BufferedImage file = ImageIO.read(site.resolve("editorials/2024/tables-and-figures").resolve(parts[0]).normalize().toFile());
                assertEquals(parts[1], file.getWidth() + "w", parts[0]);
                assertTrue(file.getWidth() <= 1440, "never wider than 1,440 px: " + parts[0]);
                assertEquals((double) width / height, (double) file.getWidth() / file.getHeight(), 0.01, "same shape: " + parts[0]);
            }
            assertTrue(img.attr("srcset").contains(img.attr("src") + " " + width + "w"), "src is the widest candidate");
        }
        Element top = figures.get(0).selectFirst("img");
        assertFalse(top.hasAttr("loading"), "the image at the top loads at once");
        Element lower = figures.get(1).selectFirst("img");
        assertEquals("lazy", lower.attr("loading"));
        assertEquals("async", lower.attr("decoding"));
        assertEquals(List.of("480w", "960w", "1440w"), page.select("figure img").first().attr("srcset").lines()
                .flatMap(l -> Stream.of(l.split(",\\s*"))).map(c -> c.split(" ")[1]).toList());
    }

    @Test
    void headingsHaveUniqueIdsAndTheSectionLinkReachesOne() {
        List<String> ids = page.select(".ed-prose h2").eachAttr("id");
        assertEquals(List.of("what-the-numbers-say", "how-we-measured", "how-we-measured-2"), ids);
        Set<String> all = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertTrue(all.add(element.id()), "duplicate id " + element.id());
        }
        assertNotNull(page.getElementById(page.selectFirst(".ed-prose a[href=#how-we-measured]").attr("href").substring(1)));
    }

    @Test
    void strikethroughAutolinksAndAllowedHtml() {
        assertEquals("slowly", page.selectFirst(".ed-prose del").text());
        assertEquals("https://example.org/statistics", page.selectFirst(".ed-prose a[href=https://example.org/statistics]").text());
        assertEquals("Consumer Prices Index", page.selectFirst(".ed-prose abbr").attr("title"));
    }

    @Test
    void theSecondBakeEncodesNothingAndLeavesTheCacheAlone(@TempDir Path dir) throws IOException {
        Path project = TestSites.copyProject(dir.resolve("project"), TestSites.FIXTURE_CONTENT);
        BakeRequest request = BakeRequest.of(project, dir.resolve("site"))
                .withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES);

        BakeReport first = SiteBaker.bake(request);
        assertEquals(2, first.imagesEncoded(), "the PNG and the JPEG");
        Map<String, FileTime> cached = modified(request.imageCacheDir());
        assertFalse(cached.isEmpty());

        BakeReport second = SiteBaker.bake(request);
        assertEquals(0, second.imagesEncoded());
        assertEquals(cached, modified(request.imageCacheDir()), "no cache file written again");
        assertTrue(Files.isRegularFile(dir.resolve("site/images/inflation-chart.960w.png")), "variants still published");
    }

    private static Map<String, FileTime> modified(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
