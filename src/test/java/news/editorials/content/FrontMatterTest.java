package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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


    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFF})
    void rejectsACharacterNoPageOrFeedCanCarryByLineAndColumn(int forbidden) {
        String character = new String(Character.toChars(forbidden));
        ContentException inBody = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE,
                "---\ntitle: T\n---\nFirst line\nSecond " + character + " line\n"));
        assertEquals(5, inBody.line());
        assertEquals(String.format("column 8 contains U+%04X (%s), which a web page or feed cannot carry: remove it",
                forbidden, forbidden < 0xA0 ? "a control character" : "a noncharacter"), inBody.getMessage());

        ContentException inHeader = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE,
                "---\ntitle: T\nauthor: A" + character + "\n---\nBody\n"));
        assertEquals(3, inHeader.line());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1F, 0x7F, 0x85, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFF})
    void rejectsTheSameCharacterWrittenAsAYamlEscape(int forbidden) {
        String escape = forbidden > 0xFFFF ? String.format("\\U%08X", forbidden) : String.format("\\u%04X", forbidden);
        ContentException inValue = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE,
                "---\ntitle: T\nsummary: \"A " + escape + " b\"\n---\nBody\n"));
        assertEquals(3, inValue.line());
        assertTrue(inValue.getMessage().startsWith(String.format("'summary' contains U+%04X", forbidden)), inValue.getMessage());

        ContentException inList = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE,
                "---\ntitle: T\ntopics:\n  - Trade\n  - \"B " + escape + "\"\n---\nBody\n"));
        assertEquals(5, inList.line());
        assertTrue(inList.getMessage().startsWith("'topics' contains"), inList.getMessage());
    }

    @Test
    void rejectsHalfASurrogatePairWrittenAsAYamlEscape() {
        ContentException e = assertThrows(ContentException.class, () -> FrontMatter.parse(FILE,
                "---\ntitle: \"A \\uD800 b\"\n---\nBody\n"));
        assertEquals(2, e.line());
        assertEquals("'title' contains U+D800 (half of a surrogate pair), which a web page or feed cannot carry: remove it",
                e.getMessage());
    }

    @Test
    void keepsEveryOtherCharacter() {
        String text = "Tab\t, no-break\u00A0space, \u2028 separators \u2029, \u202Eoverride\u202C, \uD83D\uDC4D\u200D, e\u0301, \uFEFF";
        FrontMatter fm = FrontMatter.parse(FILE, "---\ntitle: " + FrontMatter.quote(text) + "\n---\n" + text + "\n");
        assertEquals(text, fm.entries().get("title").text());
        assertEquals(text + "\n", fm.body());
    }
}
