package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final Path FILE = Path.of("content/editorials/2025/x.md");

    @Test
    void readsYamlFieldsWithTheirLines() {
        FrontMatter fm = FrontMatter.parse(FILE, "---\ntitle: \"A: title\"\ndate: 2025-07-27\ntopics: [Trade, Foreign policy]\n---\nBody\n");
        assertEquals("A: title", fm.entries().get("title").text());
        assertEquals("2025-07-27", fm.entries().get("date").text());
        assertEquals(3, fm.entries().get("date").line());
        assertEquals(List.of("Trade", "Foreign policy"), fm.entries().get("topics").list());
        assertEquals("Body\n", fm.body());
        assertEquals(6, fm.bodyLine());
    }

    @Test
    void keepsDatesAsWrittenInsteadOfTimeZoneDependentInstants() {
        FrontMatter fm = FrontMatter.parse(FILE, "---\ndate: 2025-07-27\n---\nBody");
        assertEquals("2025-07-27", fm.entries().get("date").value());
    }

    @Test
    void readsJBakeHeaders() {
        FrontMatter fm = FrontMatter.parse(FILE, "title=Old style\ndate=2024-01-02\ntags=a, b\nstatus=published\n~~~~~~\nBody");
        assertEquals("Old style", fm.entries().get("title").text());
        assertEquals(List.of("a", "b"), fm.entries().get("tags").list());
        assertEquals("Body", fm.body());
    }

    @Test
    void rejectsAFileWithoutFrontMatter() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE, "Just text\n"));
        assertEquals(1, e.line());
        assertTrue(e.describe().startsWith("content/editorials/2025/x.md:1: expected front matter"), e.describe());
    }

    @Test
    void rejectsUnclosedFrontMatter() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE, "---\ntitle: x\nBody\n"));
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void reportsInvalidYamlAtItsFileLine() {
        ContentException e = assertThrows(ContentException.class,
                () -> FrontMatter.parse(FILE, "---\ntitle: fine\ndate: [2025\n---\nBody\n"));
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().startsWith("front matter is not valid YAML"), e.getMessage());
    }

    @Test
    void rejectsAKeyGivenTwice() {
        ContentException e = assertThrows(ContentException.class,
                () -> FrontMatter.parse(FILE, "---\ntitle: a\ntitle: b\n---\nBody\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("first on line 2"), e.getMessage());
    }
}
