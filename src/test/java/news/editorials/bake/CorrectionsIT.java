package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * {@code updated} and {@code corrections} on the fixture site: what the reader sees, what search engines read
 * (JSON-LD, Open Graph) and what feed readers and the sitemap get.
 */
class CorrectionsIT {
    private static final String CORRECTED = "editorials/2025/corrected/index.html";
    private static Path site;

    @BeforeAll
    static void bake() {
        site = TestSites.fixtureSite();
    }

    @Test
    void updatedShowsInTheMetaLineAsATimeElement() {
        Element updated = page(site, SharingMetadataIT.HOSTILE).selectFirst(".ed-article .ed-meta .ed-meta__updated");
        assertEquals("Updated 2 August 2025", updated.text());
        assertEquals("2025-08-02", updated.selectFirst("time").attr("datetime"));
        assertNull(page(site, "editorials/2025/newest/index.html").selectFirst(".ed-meta__updated"), "not revised, not updated");
    }

    @Test
    void correctionsCloseTheEditorialNewestFirstWithInlineMarkdownAndNoMarkupFromTheText() {
        Document page = page(site, SharingMetadataIT.HOSTILE);
        Element box = page.selectFirst("article .ed-corrections");
        assertTrue(box.previousElementSibling().hasClass("ed-prose"), "after the text");
        Element heading = box.selectFirst("h2");
        assertEquals("Corrections", heading.text());
        assertEquals(heading.id(), box.attr("aria-labelledby"));
        List<Element> items = box.select("li");
        assertEquals(List.of("2025-07-30", "2025-07-22"), box.select("li > time").eachAttr("datetime"));
        assertEquals("30 July 2025", items.get(0).selectFirst("time").text());
        assertEquals("22 July 2025: An earlier version gave the wrong figure; see the report.", items.get(1).text());
        assertEquals("wrong", items.get(1).selectFirst("em").text());
        assertEquals("https://example.org/report", items.get(1).selectFirst("a").attr("href"));
        assertTrue(items.get(0).text().contains("<script>alert(\u2018correction\u2019)</script> is printed as text"), items.get(0).text());
        assertTrue(box.select("script, b").isEmpty(), "the correction's HTML is text");
    }

    @Test
    void aCorrectionWithoutUpdatedDatesTheRevision() throws Exception {
        Document page = page(site, CORRECTED);
        assertEquals("Updated 12 July 2025", page.selectFirst(".ed-article .ed-meta__updated").text());
        assertEquals("12 July 2025: The bridge opened in 1932, not 1923.", page.selectFirst(".ed-corrections li").text());
        assertEquals("1932", page.selectFirst(".ed-corrections li strong").text());
        JsonNode article = SharingMetadataIT.jsonLd(page).get(0);
        assertEquals("2025-07-12", article.get("dateModified").asText());
        assertEquals("2025-07-12", SharingMetadataIT.meta(page, "article:modified_time"));
        assertEquals("Organization", article.get("author").get("@type").asText(), "unsigned: the board");
    }

    @Test
    void jsonLdCarriesTheRevisionAndTheCorrections() throws Exception {
        JsonNode article = SharingMetadataIT.jsonLd(page(site, SharingMetadataIT.HOSTILE)).get(0);
        assertEquals("2025-07-20", article.get("datePublished").asText());
        assertEquals("2025-08-02", article.get("dateModified").asText());
        List<String> corrections = new ArrayList<>();
        article.get("correction").forEach(c -> corrections.add(c.get("datePublished").asText() + " " + c.get("@type").asText()));
        assertEquals(List.of("2025-07-30 CorrectionComment", "2025-07-22 CorrectionComment"), corrections);
        assertEquals("An earlier version gave the wrong figure; see the report.", article.get("correction").get(1).get("text").asText());
        assertFalse(SharingMetadataIT.jsonLd(page(site, "editorials/2025/newest/index.html")).get(0).has("dateModified"));
    }

    @Test
    void feedEntriesArePublishedOnTheirDateAndUpdatedOnTheRevision() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.resolve("feed.xml").toFile()));
        SyndEntry hostile = entry(feed, "editorials/2025/hostile-metadata/");
        assertEquals("2025-07-20T00:00:00Z", hostile.getPublishedDate().toInstant().toString());
        assertEquals("2025-08-02T00:00:00Z", hostile.getUpdatedDate().toInstant().toString());
        SyndEntry corrected = entry(feed, "editorials/2025/corrected/");
        assertEquals("2025-07-12T00:00:00Z", corrected.getUpdatedDate().toInstant().toString());
        SyndEntry plain = entry(feed, "editorials/2025/newest/");
        assertEquals(plain.getPublishedDate(), plain.getUpdatedDate());
        // The feed changed when its latest entry did: the revision of 2 August, after the newest editorial (1 August).
        assertEquals("2025-08-02T00:00:00Z", feed.getPublishedDate().toInstant().toString());
    }

    @Test
    void sitemapGivesTheRevisionAsLastModified() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        String lastmod = null;
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            if (url.getElementsByTagNameNS("*", "loc").item(0).getTextContent().strip()
                    .equals(TestSites.SITE_HOST + "editorials/2025/hostile-metadata/")) {
                lastmod = url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent().strip();
            }
        }
        assertEquals("2025-08-02", lastmod);
    }

    private static SyndEntry entry(SyndFeed feed, String url) {
        return feed.getEntries().stream().filter(e -> e.getLink().equals(TestSites.SITE_HOST + url)).findFirst().orElseThrow();
    }
}
