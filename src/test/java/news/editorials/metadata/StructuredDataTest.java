package news.editorials.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredDataTest {
    private static final Map<String, Object> CONFIG = Map.of("site_host", "https://example.org/", "site_title", "The Page",
            "site_language", "en-GB", "site_board", "The Board");

    private static Map<String, Object> editorial() {
        Map<String, Object> content = new HashMap<>();
        content.put("type", "editorial");
        content.put("title", "T");
        content.put("url", "editorials/2025/t/");
        content.put("date_iso", "2025-07-27");
        content.put("author_name", "The Board");
        content.put("author_url", "authors/the-board/");
        content.put("topics", List.of(Map.of("name", "Trade"), Map.of("name", "Tax")));
        return content;
    }

    @Test
    void unsignedEditorialsAreByTheBoardAsAnOrganization() {
        Map<String, Object> article = StructuredData.article(editorial(), CONFIG);
        assertEquals(Map.of("@type", "Organization", "name", "The Board", "url", "https://example.org/authors/the-board/"),
                article.get("author"));
        assertEquals(List.of("Trade", "Tax"), article.get("articleSection"));
        assertFalse(article.containsKey("dateModified"), "no revision, no dateModified");
        assertFalse(article.containsKey("isPartOf"));
    }

    @Test
    void signedEditorialsAreByAPersonWithTheirAuthorPage() {
        Map<String, Object> content = editorial();
        content.put("author", "Jane Doe");
        content.put("author_name", "Jane Doe");
        content.put("author_url", "authors/jane-doe/");
        content.put("series", "The Federalist");
        content.put("series_url", "series/the-federalist/");
        content.put("number", 10);
        Map<String, Object> article = StructuredData.article(content, CONFIG);
        assertEquals(Map.of("@type", "Person", "name", "Jane Doe", "url", "https://example.org/authors/jane-doe/"),
                article.get("author"));
        assertEquals(Map.of("@type", "CreativeWorkSeries", "name", "The Federalist",
                "url", "https://example.org/series/the-federalist/"), article.get("isPartOf"));
    }

    @Test
    void draftsAndOtherListingPagesCarryNone() {
        Map<String, Object> draft = editorial();
        draft.put("draft", true);
        assertNull(StructuredData.forPage(draft, CONFIG));
        Map<String, Object> scheduled = editorial();
        scheduled.put("scheduled", true);
        assertNull(StructuredData.forPage(scheduled, CONFIG));
        assertNull(StructuredData.forPage(Map.of("type", "topic"), CONFIG));
        assertNull(StructuredData.forPage(Map.of("type", "index", "page_number", 2), CONFIG));
        assertEquals("WebSite", StructuredData.website(CONFIG).get("@type"));
    }
}
