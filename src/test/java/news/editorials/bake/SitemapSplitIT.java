package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Past the sitemap protocol's limit, {@code sitemap.xml} becomes a sitemap index of numbered parts. The limit
 * is configured small here ({@code sitemap.max_urls}) rather than baking 50,000 pages.
 */
class SitemapSplitIT {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int LIMIT = 7;

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> locs(Document document) {
        NodeList locs = document.getElementsByTagNameNS(NS, "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent().strip());
        }
        return urls;
    }

    @Test
    void aLargeSiteGetsASitemapIndexOfPartsThatTogetherListEveryUrlOnce(@TempDir Path dir) throws Exception {
        Path whole = SiteBaker.bake(BakeRequest.of(TestSites.projectCopy(dir.resolve("whole"), Map.of()), dir.resolve("whole-site"))
                .withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES)).outputDir();
        List<String> expected = locs(xml(whole.resolve("sitemap.xml")));
        assertTrue(expected.size() > 2 * LIMIT, "the fixture must need three parts or more: " + expected.size());

        Path project = TestSites.projectCopy(dir.resolve("split"), Map.of("sitemap.max_urls", String.valueOf(LIMIT)));
        Path site = SiteBaker.bake(BakeRequest.of(project, dir.resolve("split-site")).withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES)).outputDir();

        Document index = xml(site.resolve("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(NS, index.getDocumentElement().getNamespaceURI());
        List<String> parts = locs(index);
        assertEquals((expected.size() + LIMIT - 1) / LIMIT, parts.size());
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            assertEquals(TestSites.SITE_HOST + name, parts.get(i), "parts are absolute URLs at the site root");
            Document part = xml(site.resolve(name));
            assertEquals("urlset", part.getDocumentElement().getLocalName());
            List<String> urls = locs(part);
            assertTrue(urls.size() <= LIMIT, name + " lists " + urls.size());
            listed.addAll(urls);
        }
        assertEquals(expected, listed, "every URL exactly once, in the single sitemap's order");
        assertFalse(Files.exists(site.resolve("sitemap-" + (parts.size() + 1) + ".xml")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + TestSites.SITE_HOST + "sitemap.xml"));
    }

    @Test
    void aSmallSiteHasOnePlainSitemapAndNoParts() throws Exception {
        Path site = TestSites.fixtureSite();
        assertEquals("urlset", xml(site.resolve("sitemap.xml")).getDocumentElement().getLocalName());
        assertFalse(Files.exists(site.resolve(Sitemaps.partFile(1))));
        Set<String> unique = new HashSet<>(locs(xml(site.resolve("sitemap.xml"))));
        assertEquals(locs(xml(site.resolve("sitemap.xml"))).size(), unique.size(), "no URL twice");
    }

    @Test
    void aLimitThatIsNotAPositiveNumberFailsTheBakeNamingTheSetting(@TempDir Path dir) {
        Path project = TestSites.projectCopy(dir.resolve("p"), Map.of("sitemap.max_urls", "lots"));
        BakeException failure = org.junit.jupiter.api.Assertions.assertThrows(BakeException.class, () ->
                SiteBaker.bake(BakeRequest.of(project, dir.resolve("site")).withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES)));
        assertTrue(failure.getMessage().contains("sitemap.max_urls must be a whole number above 0, not 'lots'"), failure.getMessage());
    }
}
