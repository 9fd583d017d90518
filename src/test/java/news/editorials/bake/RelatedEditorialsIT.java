package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Related editorials" on every editorial of both sites: 3 to 5 others, each sharing a thread or next in time. */
class RelatedEditorialsIT {

    static Stream<Arguments> editorials() {
        return Stream.of(TestSites.fixtureSite(), TestSites.realSite()).flatMap(site -> TestSites.files(site, "index.html")
                .stream().filter(path -> path.startsWith("editorials/")).map(path -> Arguments.of(site, path)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("editorials")
    void listsThreeToFiveOthersThatShareATopicOrSeriesOrAreNearInTime(Path site, String path) {
        Document page = page(site, path);
        Element related = page.selectFirst("main section.ed-related");
        assertEquals("Related editorials", related.selectFirst("h2").text());
        List<Element> links = related.select("a.ed-related__link");
        assertTrue(links.size() >= 3 && links.size() <= 5, links.size() + " related");
        Set<String> threads = threads(page);
        Set<String> seen = new HashSet<>();
        for (Element link : links) {
            String target = Path.of(path).getParent().resolve(link.attr("href")).normalize().toString().replace('\\', '/') + "/index.html";
            assertNotEquals(path, target, "never itself");
            assertTrue(seen.add(target), "listed once: " + target);
            assertTrue(Files.isRegularFile(site.resolve(target)), target);
            Document other = page(site, target);
            assertEquals(other.selectFirst("h1").text(), link.text());
            Set<String> shared = new HashSet<>(threads(other));
            shared.retainAll(threads);
            boolean neighbour = List.of("a[rel=prev]", "a[rel=next]").stream().map(page::selectFirst)
                    .anyMatch(a -> a != null && link.attr("href").equals(a.attr("href")));
            assertTrue(!shared.isEmpty() || neighbour || links.indexOf(link) >= links.size() - 3,
                    target + " shares nothing with " + path + " and is not among the nearest fill-ins");
        }
    }

    /** The topics and the series an editorial page links to. */
    private static Set<String> threads(Document page) {
        Set<String> threads = new HashSet<>(page.select(".ed-article .ed-topics__link").eachText());
        Element series = page.selectFirst(".ed-series-position");
        if (series != null) {
            threads.add("series: " + series.ownText());
        }
        return threads;
    }
}
