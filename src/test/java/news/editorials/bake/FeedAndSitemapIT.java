package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.editorials.content.SitePaths;
import javax.xml.parsers.DocumentBuilderFactory;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The machine-read outputs, parsed by real parsers: the Atom feed by ROME, the sitemap as namespaced XML. */
class FeedAndSitemapIT {
    private static Path site;

    @BeforeAll
    static void bake() {
        site = TestSites.fixtureSite();
    }

    @Test
    void feedIsAtomWithAbsoluteLinksNewestFirst() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.resolve("feed.xml").toFile()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(17, feed.getEntries().size());
        SyndEntry newest = feed.getEntries().get(0);
        assertEquals("The newest editorial", newest.getTitle());
        assertEquals(TestSites.SITE_HOST + "editorials/2025/newest/", newest.getLink());
        assertEquals("2025-08-01T00:00:00Z", newest.getUpdatedDate().toInstant().toString());
        assertEquals("Jane Doe", newest.getAuthor());
        SyndEntry escaped = feed.getEntries().get(1);
        assertEquals("Beware <script>alert('x')</script> & co", escaped.getTitle());
        assertTrue(escaped.getContents().get(0).getValue().contains("<p>"), "body as HTML content");
        for (SyndEntry entry : feed.getEntries()) {
            assertTrue(entry.getLink().startsWith(TestSites.SITE_HOST), entry.getLink());
            assertTrue(entry.getUri().startsWith(TestSites.SITE_HOST), entry.getUri());
        }
    }

    @Test
    void sitemapListsEveryPublishedPageByAbsoluteUrl() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.getDocumentElement().getNamespaceURI());
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent().strip());
        }
        // Every page the bake wrote but the 404 and search pages, by the file on disk (the sitemap is built from the
        // store, so this is an independent count): editorials, pages, every listing page including page/N/.
        // The search page is left out on purpose: a tool for readers, with no content of its own to index.
        Set<String> expected = TestSites.files(site, ".html").stream()
                .filter(file -> !file.equals("404.html") && !file.equals(SitePaths.file(SitePaths.SEARCH)))
                .map(file -> TestSites.SITE_HOST + SitePaths.url(file))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(urls.size(), new TreeSet<>(urls).size(), "no URL listed twice");
        assertEquals(expected, new TreeSet<>(urls));
        assertTrue(urls.contains(TestSites.SITE_HOST + "editorials/2025/newest/"), "the check itself sees editorials");
        assertTrue(urls.stream().noneMatch(url -> url.contains("draft")));
    }
}
