package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.markup.EditorialMarkdownEngine;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open Graph, the Twitter card and JSON-LD on every page of both sites, read as a crawler reads them: the
 * tags from the DOM, the JSON-LD parsed as JSON, each checked against what the page itself shows.
 */
class SharingMetadataIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String HOSTILE = "editorials/2025/hostile-metadata/index.html";
    /** The hostile fixture's title, exactly as its front matter spells it (with a U+2028). */
    static final String HOSTILE_TITLE = "Ends </script><!-- here \u2028 & \"there\"";

    static Stream<Arguments> pages() {
        return TestSites.everyPageOfBothSites();
    }

    static String meta(Document page, String property) {
        Element tag = page.selectFirst("head meta[property=" + property + "], head meta[name=" + property + "]");
        return tag == null ? null : tag.attr("content");
    }

    static List<String> metas(Document page, String property) {
        return page.select("head meta[property=" + property + "]").eachAttr("content");
    }

    /** Every JSON-LD block of the page, parsed; a block a title broke out of would not parse. */
    static List<JsonNode> jsonLd(Document page) throws Exception {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            blocks.add(JSON.readTree(script.data()));
        }
        return blocks;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("pages")
    void everyIndexablePageHasOpenGraphAndATwitterCard(String siteName, Path site, String path) throws Exception {
        Document page = page(site, path);
        boolean noindex = !page.select("meta[name=robots][content*=noindex]").isEmpty();
        if (noindex) {
            assertTrue(page.select("head meta[property^=og:], head meta[property^=article:], head meta[name^=twitter:]").isEmpty(),
                    "a page kept out of search offers no preview card");
            assertTrue(page.select("script[type=application/ld+json]").isEmpty());
            return;
        }
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertEquals(canonical, meta(page, "og:url"));
        assertEquals(meta(page, "description"), meta(page, "og:description"));
        assertEquals("The Editorial Page", meta(page, "og:site_name"));
        assertEquals(page.selectFirst("html").attr("lang").replace('-', '_'), meta(page, "og:locale"));
        assertEquals("summary", meta(page, "twitter:card"));
        String title = page.title();
        assertTrue(title.startsWith(meta(page, "og:title")), "og:title " + meta(page, "og:title") + " begins <title> " + title);

        boolean editorial = path.startsWith("editorials/");
        assertEquals(editorial ? "article" : "website", meta(page, "og:type"));
        if (!editorial) {
            assertTrue(page.select("head meta[property^=article:]").isEmpty());
            List<JsonNode> blocks = jsonLd(page);
            assertEquals(path.equals("index.html") ? 1 : 0, blocks.size(), "WebSite on the home page only");
            return;
        }
        assertEquals(page.selectFirst("h1").wholeText(), meta(page, "og:title"));
        Element meta = page.selectFirst(".ed-article .ed-meta");
        assertEquals(meta.selectFirst("time").attr("datetime"), meta(page, "article:published_time"));
        Element updated = meta.selectFirst(".ed-meta__updated time");
        assertEquals(updated == null ? null : updated.attr("datetime"), meta(page, "article:modified_time"));
        List<String> topics = page.select(".ed-article .ed-topics__link").eachText();
        assertEquals(topics, metas(page, "article:tag"));
        assertEquals(topics.isEmpty() ? null : topics.get(0), meta(page, "article:section"));
        assertNotNull(meta(page, "article:author"));

        List<JsonNode> blocks = jsonLd(page);
        assertEquals(1, blocks.size());
        JsonNode article = blocks.get(0);
        assertEquals("https://schema.org", article.get("@context").asText());
        assertEquals("OpinionNewsArticle", article.get("@type").asText());
        assertEquals(page.selectFirst("h1").wholeText(), article.get("headline").asText());
        assertEquals(canonical, article.get("url").asText());
        assertEquals(canonical, article.get("mainEntityOfPage").get("@id").asText());
        assertEquals(meta(page, "article:published_time"), article.get("datePublished").asText());
        assertEquals(meta(page, "article:modified_time"), article.has("dateModified") ? article.get("dateModified").asText() : null);
        assertEquals(meta(page, "description"), article.get("description").asText());
        assertEquals("Organization", article.get("publisher").get("@type").asText());
        assertEquals("The Editorial Page", article.get("publisher").get("name").asText());
        assertEquals(meta(page, "article:author"), article.get("author").get("url").asText());
        boolean signed = meta.selectFirst(".ed-byline").text().startsWith("By ");
        assertEquals(signed ? "Person" : "Organization", article.get("author").get("@type").asText());
        List<String> sections = new ArrayList<>();
        if (article.has("articleSection")) {
            article.get("articleSection").forEach(section -> sections.add(section.asText()));
        }
        assertEquals(topics, sections);
        Element seriesLink = page.selectFirst(".ed-series-position a");
        if (seriesLink == null) {
            assertNull(article.get("isPartOf"));
        } else {
            assertEquals("CreativeWorkSeries", article.get("isPartOf").get("@type").asText());
            assertTrue(seriesLink.parent().text().startsWith(article.get("isPartOf").get("name").asText() + ","));
        }

        int words = article.get("wordCount").asInt();
        int minutes = Math.max(1, Math.round(words / 238f));
        assertEquals(minutes + " min read", meta.selectFirst(".ed-meta__reading").text());
        int counted = page.select(".ed-prose").text().split("\\s+").length;
        assertTrue(Math.abs(counted - words) <= Math.max(3, counted / 20),
                "wordCount " + words + " against " + counted + " space-separated words on the page");
    }

    @Test
    void theHomePageDescribesTheWebSite() throws Exception {
        Document home = page(TestSites.fixtureSite(), "index.html");
        JsonNode site = jsonLd(home).get(0);
        assertEquals("WebSite", site.get("@type").asText());
        assertEquals(TestSites.SITE_HOST, site.get("url").asText());
        assertEquals("The Editorial Page", site.get("name").asText());
        assertEquals("website", meta(home, "og:type"));
        assertEquals("The Editorial Page", meta(home, "og:title"));
    }

    @Test
    void hostileTitlesStayInsideTheirScriptAndReadBackExactly() throws Exception {
        Document page = page(TestSites.fixtureSite(), HOSTILE);
        Elements scripts = page.select("script");
        assertEquals(3, scripts.size(), "head script, JSON-LD, module: nothing broke out or in");
        JsonNode article = jsonLd(page).get(0);
        assertEquals(HOSTILE_TITLE, article.get("headline").asText());
        assertEquals("Ann </script> O'Hara", article.get("author").get("name").asText());
        assertEquals("A summary that tries </script> and <!-- too.", article.get("description").asText());
        assertEquals(HOSTILE_TITLE, meta(page, "og:title"));
        assertEquals(HOSTILE_TITLE, page.selectFirst("h1").wholeText());
        String raw = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(raw.contains("<") || raw.contains("\u2028"), raw);

        Document script = page(TestSites.fixtureSite(), "editorials/2025/script-title/index.html");
        assertEquals("Beware <script>alert('x')</script> & co", jsonLd(script).get(0).get("headline").asText());
    }

    @Test
    void readingTimeUsesTheStatedRate() {
        assertEquals(238, EditorialMarkdownEngine.WORDS_PER_MINUTE);
        Document page = page(TestSites.fixtureSite(), HOSTILE);
        assertEquals("1 min read", page.selectFirst(".ed-meta__reading").text());
    }
}
