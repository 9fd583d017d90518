package news.editorials.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.HashMap;
import news.editorials.cache.StoredText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void plainTextDropsFootnoteMarkersButKeepsTheNotes() {
        String html = "<p>It\u2019s here.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>"
                + "<p>Second.</p><div class=\"footnotes\"><ol><li id=\"fn-1\"><p>The note.</p>"
                + "<a class=\"footnote-backref\" href=\"#fnref-1\">&#8617;</a></li></ol></div>";
        assertEquals("It\u2019s here. Second. The note.", SearchText.plainText(html));
    }

    @Test
    void keepsTheTextAndEachFoldedWordOnceInOrder() {
        Map<String, Object> document = new HashMap<>();
        SearchText.addTo(document, "<p>The Caf\u00e9 and the <em>harbour</em>; the caf\u00e9\u2019s tables.</p>");
        assertEquals("The Caf\u00e9 and the harbour; the caf\u00e9\u2019s tables.", document.get(SearchText.TEXT).toString());
        assertEquals("the cafe and harbour tables", document.get(SearchText.WORDS).toString());
        assertInstanceOf(StoredText.class, document.get(SearchText.TEXT), "kept apart by the bake cache");
    }
}
