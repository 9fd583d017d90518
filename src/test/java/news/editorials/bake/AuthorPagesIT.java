package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Author pages on both sites, checked against the editorials themselves: every byline leads to a page that
 * lists that editorial, every author page lists exactly the editorials whose bylines lead there, newest first
 * and paginated like the other listings; unsigned editorials belong to the editorial board.
 */
class AuthorPagesIT {
    /** Editorials per page of a listing, as in jbake.properties. */
    private static final int PER_PAGE = 50;

    static Stream<Arguments> sites() {
        return Stream.of(Arguments.of("fixture", TestSites.fixtureSite()), Arguments.of("real", TestSites.realSite()));
    }

    /** Author page URL (site-relative) -> editorial URLs whose byline links there, newest first as the home page lists them. */
    private static Map<String, List<String>> bylines(Path site) {
        Map<String, List<String>> byAuthor = new HashMap<>();
        List<String> editorials = TestSites.files(site, "index.html").stream()
                .filter(path -> path.startsWith("editorials/")).toList();
        for (String path : editorials) {
            Element link = page(site, path).selectFirst(".ed-article .ed-meta .ed-byline a");
            assertNotNull(link, path + ": the byline links to the author's page");
            String author = resolve(path, link.attr("href"));
            byAuthor.computeIfAbsent(author, a -> new ArrayList<>()).add(path.substring(0, path.length() - "index.html".length()));
        }
        return byAuthor;
    }

    private static String resolve(String fromPage, String href) {
        return Path.of(fromPage).getParent().resolve(href).normalize().toString().replace('\\', '/') + "/";
    }

    private static List<String> listed(Path site, String authorUrl) {
        List<String> urls = new ArrayList<>();
        String page = authorUrl + "index.html";
        while (page != null) {
            Document document = page(site, page);
            String from = page;
            document.select("main .ed-item__link").forEach(a -> urls.add(resolve(from, a.attr("href"))));
            Element next = document.selectFirst("a[rel=next]");
            page = next == null ? null : resolve(from, next.attr("href")) + "index.html";
        }
        return urls;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyAuthorPageListsExactlyTheirEditorialsNewestFirstPaginated(String name, Path site) {
        Map<String, List<String>> bylines = bylines(site);
        Document index = page(site, "authors/index.html");
        List<String> indexed = index.select("main .ed-index__link").eachAttr("href").stream()
                .map(href -> resolve("authors/index.html", href)).sorted().toList();
        assertEquals(bylines.keySet().stream().sorted().toList(), indexed, "the index lists every author once");
        for (Map.Entry<String, List<String>> author : bylines.entrySet()) {
            List<String> listed = listed(site, author.getKey());
            assertEquals(author.getValue().stream().sorted().toList(), listed.stream().sorted().toList(), author.getKey());
            List<String> dates = new ArrayList<>();
            listed.forEach(url -> dates.add(page(site, url + "index.html").selectFirst(".ed-article .ed-meta time").attr("datetime")));
            assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first: " + author.getKey());
            int pages = (listed.size() + PER_PAGE - 1) / PER_PAGE;
            assertEquals(pages > 1, Files.exists(site.resolve(author.getKey() + "page/2/index.html")), author.getKey());
            Element count = index.selectFirst("main a[href=" + "../" + author.getKey() + "] + .ed-index__count");
            assertEquals(listed.size() + (listed.size() == 1 ? " editorial" : " editorials"), count.text());
        }
    }

    @Test
    void unsignedEditorialsBelongToTheEditorialBoard() {
        Path site = TestSites.fixtureSite();
        Document editorial = page(site, "editorials/2025/script-title/index.html");
        Element byline = editorial.selectFirst(".ed-article .ed-byline");
        assertEquals("Editorial", byline.text());
        assertEquals("../../../authors/the-editorial-board/", byline.selectFirst("a").attr("href"));
        Document board = page(site, "authors/the-editorial-board/index.html");
        assertEquals("The Editorial Board", board.selectFirst("h1").text());
        assertTrue(board.selectFirst(".ed-page-lede").text().contains("unsigned"));
        assertNull(board.selectFirst("main .ed-byline a"), "no link from a page to itself");
        assertEquals("The Editorial Board \u2013 The Editorial Page", board.title());
    }

    @Test
    void aLongListPaginatesWithTheListingPager() {
        Path site = TestSites.realSite();
        List<String> hamilton = bylines(site).get("authors/alexander-hamilton/");
        org.junit.jupiter.api.Assumptions.assumeTrue(hamilton.size() > PER_PAGE, "Hamilton signs more than a page");
        Document second = page(site, "authors/alexander-hamilton/page/2/index.html");
        assertEquals("Alexander Hamilton, page 2", second.selectFirst("h1").text());
        assertEquals("../../../../authors/alexander-hamilton/", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("2", second.selectFirst(".ed-pager a[aria-current=page]").text().replaceAll("\\D", ""));
        assertEquals(TestSites.SITE_HOST + "authors/alexander-hamilton/page/2/", second.selectFirst("link[rel=canonical]").attr("href"));
        assertFalse(second.select("main .ed-item").isEmpty());
    }

    @Test
    void theNavigationLeadsToTheAuthorsIndex() {
        Document index = page(TestSites.fixtureSite(), "authors/index.html");
        assertEquals("../authors/", index.selectFirst("nav.ed-nav a[aria-current=page]").attr("href"));
    }
}
