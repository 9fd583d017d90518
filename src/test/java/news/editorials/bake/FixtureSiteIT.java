package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixture site, baked in-process, read as a DOM: every page type and its structure. */
class FixtureSiteIT {
    private static Path site;

    @BeforeAll
    static void bake() {
        site = TestSites.fixtureSite();
    }

    static List<String> htmlPages() {
        return TestSites.files(TestSites.fixtureSite(), ".html");
    }

    private static List<String> texts(Elements elements) {
        return elements.eachText();
    }

    @ParameterizedTest
    @MethodSource("htmlPages")
    void everyPageHasOneH1AndTheLandmarks(String path) {
        Document page = page(site, path);
        assertEquals(1, page.select("h1").size(), "h1 count");
        assertFalse(page.select("h1").text().isBlank());
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("a[href=#main]"), "skip link");
        assertNotNull(page.selectFirst("main#main"));
        assertNotNull(page.selectFirst("header"));
        assertNotNull(page.selectFirst("footer"));
        assertNotNull(page.selectFirst("nav[aria-label]"));
    }

    @ParameterizedTest
    @MethodSource("htmlPages")
    void everyPageCarriesTheFontSizeControls(String path) {
        Document page = page(site, path);
        Element group = page.selectFirst("[role=group][data-module=ed-font-size]");
        assertNotNull(group);
        assertEquals("Text size", page.getElementById(group.attr("aria-labelledby")).text());
        assertEquals(List.of("Decrease font size", "Reset font size", "Increase font size"),
                texts(group.select("button[type=button]")));
        assertNotNull(group.selectFirst("[role=status]"));
        assertTrue(page.selectFirst("html").hasClass("no-js"));
        Element headScript = page.selectFirst("head > script:not([src])");
        assertNotNull(headScript, "inline head script applies the stored size before first paint");
        assertTrue(headScript.siblingIndex() < page.selectFirst("head > link[rel=stylesheet]").siblingIndex());
    }

    @Test
    void editorialPageShowsTitleDateBylineTopicsBodyAndNeighbours() {
        Document page = page(site, "editorials/2025/script-title/index.html");
        assertEquals("Beware <script>alert('x')</script> & co", page.selectFirst("h1").text());
        // JSON-LD is data, never run (and SharingMetadataIT checks it cannot be escaped from).
        assertTrue(page.select("script:not([type=application/ld+json])").stream().noneMatch(s -> s.data().contains("alert")),
                "title is escaped, not run");
        Element time = page.selectFirst("main time");
        assertEquals("2025-07-27", time.attr("datetime"));
        assertEquals("27 July 2025", time.text());
        assertTrue(page.selectFirst("main").text().contains("Editorial"), "unsigned editorial byline");
        assertEquals(List.of("Foreign policy", "Trade"), texts(page.select("main a[href*=topics/]")));
        assertEquals("../../../topics/trade/", page.selectFirst("main a:contains(Trade)").attr("href"));
        Element prose = page.selectFirst(".ed-prose p");
        assertEquals("The \u201cfirst\u201d paragraph \u2013 with an en dash. It\u2019s here.1", prose.text());
        assertEquals("A second paragraph spread over two lines.", page.select(".ed-prose p").get(1).text());
        assertTrue(page.select("main br").isEmpty());
        assertEquals("../../../editorials/2025/hostile-metadata/", page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../../../editorials/2025/newest/", page.selectFirst("a[rel=next]").attr("href"));
        assertEquals(TestSites.SITE_HOST + "editorials/2025/script-title/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("A summary with <b>tags</b> & ampersands.", page.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void footnotesLinkToTheirNotes() {
        Document page = page(site, "editorials/2025/script-title/index.html");
        Element ref = page.selectFirst("main sup a");
        Element note = page.getElementById(ref.attr("href").substring(1));
        assertTrue(note.text().contains("The footnote text."));
    }

    @Test
    void seriesPapersShowTheirPlaceAndSeriesNeighbours() {
        Document page = page(site, "editorials/2023/paper-two/index.html");
        assertTrue(page.selectFirst("main").text().contains("No. 2 of 2"), page.selectFirst("main").text());
        assertNotNull(page.selectFirst("main a[href=../../../series/the-federalist/]"));
        assertNotNull(page.selectFirst("main a[href=../../../editorials/2023/paper-one/]"));
        Document series = page(site, "series/the-federalist/index.html");
        assertEquals(List.of("No. 1: General Introduction", "No. 2: The Same Subject Continued"), texts(series.select("main h2")));
        Document seriesIndex = page(site, "series/index.html");
        assertEquals(List.of("The Federalist"), texts(seriesIndex.select("main a[href=../series/the-federalist/]")));
        assertTrue(seriesIndex.selectFirst("main").text().contains("2 papers"));
    }

    @Test
    void homePagesListNewestFirstTenAPage() {
        Document first = page(site, "index.html");
        Elements titles = first.select("main h2 a");
        assertEquals(10, titles.size());
        assertEquals("The newest editorial", titles.first().text());
        assertEquals("editorials/2025/newest/", titles.first().attr("href"));
        assertTrue(first.selectFirst("main").text().contains("Page 1 of 2"));
        assertEquals("page/2/", first.selectFirst("a[rel=next]").attr("href"));
        assertTrue(first.select("a[rel=prev]").isEmpty());
        Element item = titles.first().closest("article, li");
        assertTrue(item.selectFirst("time").attr("datetime").equals("2025-08-01"));
        assertTrue(item.text().contains("Jane Doe"));
        assertTrue(item.text().contains("Newest body."), "summary from the first paragraph");

        assertEquals(TestSites.SITE_HOST, first.selectFirst("link[rel=canonical]").attr("href"));

        Document second = page(site, "page/2/index.html");
        assertEquals(TestSites.SITE_HOST + "page/2/", second.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(7, second.select("main h2 a").size());
        assertEquals("../../", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../../editorials/2023/paper-one/", second.select("main h2 a").last().attr("href"));
    }

    @Test
    void draftsAreNotPublished() {
        assertFalse(Files.exists(site.resolve("editorials/2023/draft")));
        assertFalse(page(site, "archive/2023/index.html").text().contains("unfinished"));
    }

    @Test
    void archiveListsYearsAndEachYearsEditorials() {
        Document index = page(site, "archive/index.html");
        assertEquals(List.of("2025", "2024", "2023"), texts(index.select("main a[href*=archive/20]")).stream().map(t -> t.substring(0, 4)).toList());
        assertEquals(11, page(site, "archive/2024/index.html").select("main h2").size());
    }

    @Test
    void topicsHaveAnIndexAndAPageEach() {
        Document index = page(site, "topics/index.html");
        assertEquals(List.of("../topics/foreign-policy/", "../topics/local-affairs/", "../topics/trade/"),
                index.select("main a[href*=topics/]").eachAttr("href"));
        Document trade = page(site, "topics/trade/index.html");
        assertEquals(List.of("The newest editorial", "Beware <script>alert('x')</script> & co"), texts(trade.select("main h2")));
    }

    @Test
    void aboutPageAndNotFoundPage() {
        assertEquals("About this site", page(site, "about/index.html").selectFirst("h1").text());
        Document notFound = page(site, "404.html");
        assertTrue(notFound.select("link[rel=canonical]").isEmpty(), "a 404 page has no canonical URL");
        assertEquals("/css/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"), "404 links start at the base path");
    }

    @Test
    void robotsPointsAtTheSitemap() throws Exception {
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + TestSites.SITE_HOST + "sitemap.xml"), robots);
    }

    @Test
    void staticFilesAreCopied() {
        assertTrue(Files.isRegularFile(site.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(site.resolve("js/font-size.js")));
        assertTrue(Files.isRegularFile(site.resolve("favicon.svg")));
    }
}
