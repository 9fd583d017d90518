package news.editorials.search;

import news.editorials.cache.StoredText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    @Test
    void takesTheTextAndWordsKeptWithTheParseRatherThanReadingTheHtmlAgain() {
        DocumentModel parsed = editorial();
        parsed.put(SearchText.TEXT, "Kept text.");
        parsed.put(SearchText.WORDS, "kept text");
        SearchDocument document = SearchDocument.of(parsed);
        assertEquals("Kept text.", document.bodyText().text());
        assertEquals("kept text", document.distinctBodyWords());
    }

    @Test
    void withoutKeptWordsCutsThemFromTheText() {
        SearchDocument document = SearchDocument.of(editorial());
        assertEquals("body", document.distinctBodyWords());
    }

    @Test
    void bylineReadsAsOnTheListingPages() {
        DocumentModel signed = editorial();
        signed.put("author", "Jane Doe");
        signed.put("byline", "Jane Doe");
        assertEquals("By Jane Doe", SearchDocument.of(signed).byline());
        DocumentModel unsigned = editorial();
        unsigned.put("byline", "Editorial");
        assertEquals("Editorial", SearchDocument.of(unsigned).byline());
    }

    @Test
    void takesTopicNamesAndTheFieldsAResultShows() {
        SearchDocument document = SearchDocument.of(editorial());
        assertEquals(List.of("Trade", "Foreign policy"), document.topics());
        assertEquals("editorials/2025/x/", document.url());
        assertEquals("27 July 2025", document.dateDisplay());
        assertEquals("Body.", document.bodyText().text());
    }

    private static DocumentModel editorial() {
        DocumentModel editorial = new DocumentModel();
        editorial.setTitle("X");
        editorial.setBody("<p>Body.</p>");
        editorial.put("url", "editorials/2025/x/");
        editorial.put("date_iso", "2025-07-27");
        editorial.put("date_display", "27 July 2025");
        editorial.put("summary", "S.");
        editorial.put("topics", List.of(Map.of("name", "Trade"), Map.of("name", "Foreign policy")));
        return editorial;
    }
}
