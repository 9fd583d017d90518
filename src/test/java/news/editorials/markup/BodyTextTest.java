package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void dropsFootnoteMarkersButKeepsTheNotes() {
        String html = "<p>It\u2019s here.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>"
                + "<p>Second.</p><div class=\"footnotes\"><ol><li id=\"fn-1\"><p>The note.</p>"
                + "<a class=\"footnote-backref\" href=\"#fnref-1\">&#8617;</a></li></ol></div>";
        assertEquals("It\u2019s here. Second. The note.", BodyText.of(html));
    }

    @Test
    void isKeptWithTheParsedDocument() {
        EditorialMarkdownEngine engine = new EditorialMarkdownEngine();
        var parsed = engine.parse(java.nio.file.Path.of("x.md"),
                "---\ntitle: T\ndate: 2025-01-02\n---\nA *bold* claim.[^1]\n\n[^1]: A note.\n", "editorial");
        assertEquals("A bold claim. A note.", parsed.document().get(BodyText.KEY));
    }
}
