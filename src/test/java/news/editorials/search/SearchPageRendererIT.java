package news.editorials.search;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.editorials.bake.BakeRequest;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixture site's search page and the index written beside it, read from the baked files. */
class SearchPageRendererIT {
    private static Path site;
    private static WrittenIndex index;

    @BeforeAll
    static void bake() {
        site = TestSites.fixtureSite();
        index = new WrittenIndex(site.resolve("search/data"));
    }

    static List<String> htmlPages() {
        return TestSites.files(TestSites.fixtureSite(), ".html");
    }

    /** The published editorials' URLs, from the baked editorial pages. */
    private static List<String> editorialUrls() {
        return TestSites.files(site, "index.html").stream()
                .filter(path -> path.startsWith("editorials/"))
                .map(path -> path.substring(0, path.length() - "index.html".length()))
                .sorted()
                .toList();
    }

    private static List<JsonNode> fragments() {
        List<JsonNode> fragments = new ArrayList<>();
        for (int n = 0; n < index.manifest().get("documents").asInt(); n++) {
            fragments.add(index.read("d/" + n + ".json"));
        }
        return fragments;
    }

    @Test
    void indexesEveryPublishedEditorialOldestFirstAndNoDraft() {
        List<JsonNode> fragments = fragments();
        assertEquals(editorialUrls(), fragments.stream().map(f -> f.get("url").asText()).sorted().toList());
        assertFalse(Files.exists(site.resolve("search/data/d/" + fragments.size() + ".json")), "nothing more");
        for (int n = 1; n < fragments.size(); n++) {
            assertTrue(fragments.get(n - 1).get("date").asText().compareTo(fragments.get(n).get("date").asText()) <= 0,
                    "oldest first at " + n);
        }
        assertEquals(List.of(), index.documents("unfinished"), "the draft's words are not in the index");
    }

    @Test
    void thePreviewRendersDraftsButNeverIndexesThem(@TempDir Path temp) {
        Path preview = TestSites.bake(BakeRequest.of(TestSites.PROJECT, temp.resolve("site"))
                .withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES).withDrafts(true)).outputDir();
        assertTrue(Files.exists(preview.resolve("editorials/2023/draft/index.html")), "the draft is previewed");
        WrittenIndex previewIndex = new WrittenIndex(preview.resolve("search/data"));
        assertEquals(List.of(), previewIndex.documents("unfinished"));
        assertEquals(index.manifest().get("documents"), previewIndex.manifest().get("documents"));
    }

    @Test
    void wordsAreFoundByTheirFoldedStemsInTheWrittenFiles() {
        List<String> urls = fragments().stream().map(f -> f.get("url").asText()).toList();
        List<String> tariff = index.documents("tariff").stream().map(urls::get).toList();
        assertEquals(List.of("editorials/2024/filler-2/", "editorials/2024/filler-6/"), tariff);
        assertEquals(index.stemOf("tariff"), index.stemOf("tariffs"));
        assertEquals(List.of("editorials/2024/filler-2/"), index.titleDocuments("tariffs").stream().map(urls::get).toList());
        assertEquals(List.of("editorials/2024/filler-3/"), index.documents("cafe").stream().map(urls::get).toList());
        assertEquals(-1, index.stemOf("café"), "only folded words");
    }

    @Test
    void fragmentsCarryWhatAResultShows() {
        JsonNode newest = index.read("d/" + (index.manifest().get("documents").asInt() - 1) + ".json");
        assertEquals("The newest editorial", newest.get("title").asText());
        assertEquals("editorials/2025/newest/", newest.get("url").asText());
        assertEquals("2025-08-01", newest.get("date").asText());
        assertEquals("1 August 2025", newest.get("dateDisplay").asText());
        assertEquals("By Jane Doe", newest.get("byline").asText());
        assertEquals("Newest body.", newest.get("text").asText());
        JsonNode footnoted = fragments().stream().filter(f -> f.get("url").asText().equals("editorials/2025/script-title/"))
                .findFirst().orElseThrow();
        assertEquals("Editorial", footnoted.get("byline").asText());
        assertTrue(footnoted.get("text").asText().startsWith("The \u201cfirst\u201d paragraph \u2013 with an en dash. It\u2019s here. A second"),
                "footnote marker dropped: " + footnoted.get("text").asText());
    }

    @Test
    void searchPageHasALandmarkALabelledFieldAStatusAndTheIndexVersion() {
        Document page = page(site, "search/index.html");
        Element field = page.selectFirst("search form input[type=search][name=q]");
        assertNotNull(field);
        Element label = page.selectFirst("label[for=" + field.id() + "]");
        assertTrue(label.text().startsWith("Search "), label.text());
        assertNotNull(page.selectFirst("main [role=status]"));
        assertNotNull(page.selectFirst("script[type=module][src=../js/search.js]"));
        Element module = page.selectFirst("[data-module=ed-search]");
        assertEquals("data/manifest.json?v=" + index.manifest().get("version").asText(), module.attr("data-ed-search-index"));
        assertEquals("../", module.attr("data-ed-search-root"));
        Element noJs = page.selectFirst(".ed-search__no-js");
        assertNotNull(noJs.selectFirst("a[href=../archive/]"));
        assertNotNull(noJs.selectFirst("a[href=../topics/]"));
        assertTrue(page.select("script:not([src])").stream().allMatch(s -> s.parent().tagName().equals("head")),
                "no inline script but the layout's head script");
    }

    @ParameterizedTest
    @MethodSource("htmlPages")
    void everyPageLinksToSearchFromItsHeader(String path) {
        Element link = page(site, path).selectFirst("header nav a:containsOwn(Search)");
        assertNotNull(link, path);
        assertTrue(link.absUrl("href").endsWith("/search/"), link.attr("href"));
    }
}
