package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentHeaderTest {
    private static final Path FILE = Path.of("content/editorials/2025/x.md");

    private static DocumentHeader header(String yaml) {
        return DocumentHeader.from(FILE, FrontMatter.parse(FILE, "---\n" + yaml + "\n---\nBody"), DocumentHeader.EDITORIAL);
    }

    @Test
    void readsAFullEditorialHeader() {
        DocumentHeader header = header("""
                title: Title
                date: 2025-07-27
                author: Jane Doe
                publication: The Daily
                topics: [Trade]
                summary: Short.
                status: draft
                series: The Federalist
                number: 10
                source: Somewhere""");
        assertEquals(LocalDate.of(2025, 7, 27), header.date());
        assertEquals("Jane Doe", header.byline());
        assertEquals(List.of("Trade"), header.topics());
        assertTrue(header.isDraft());
        assertEquals(10, header.number());
        assertEquals(List.of(), header.warnings());
    }

    @Test
    void unsignedEditorialsReadAsEditorial() {
        DocumentHeader header = header("title: T\ndate: 2025-07-27");
        assertNull(header.author());
        assertEquals("Editorial", header.byline());
        assertEquals(DocumentHeader.PUBLISHED, header.status());
    }

    @ParameterizedTest(name = "{0} -> line {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "date: 2025-07-27                   | 1 | missing required field 'title'",
            "title: T                           | 1 | missing required field 'date'",
            "title: T\\ndate: 27/07/2025         | 3 | date must be a calendar date like 2025-07-27, not '27/07/2025'",
            "title: T\\ndate: 2025-02-30         | 3 | date must be a calendar date",
            "title: T\\ndate: 2025-07-27\\nstatus: live | 4 | status must be 'published' or 'draft', not 'live'",
            "title: T\\ndate: 2025-07-27\\nseries: S\\nnumber: ten | 5 | number must be a whole number",
            "title: T\\ndate: 2025-07-27\\nnumber: 3  | 4 | number is given without a series",
            "title: T\\ndate: 2025-07-27\\ntopics: ['!!'] | 4 | topic '!!' has no letters or digits"})
    void rejectsUnusableFieldsNamingTheLine(String yaml, int line, String message) {
        ContentException e = assertThrows(ContentException.class, () -> header(yaml.replace("\\n", "\n")));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void warnsAboutUnknownKeys() {
        DocumentHeader header = header("title: T\ndate: 2025-07-27\nauthr: Typo");
        assertEquals(1, header.warnings().size());
        assertTrue(header.warnings().get(0).startsWith("content/editorials/2025/x.md:4: unknown front matter key 'authr'"),
                header.warnings().get(0));
    }

    @Test
    void pagesNeedNoDate() {
        DocumentHeader header = DocumentHeader.from(FILE, FrontMatter.parse(FILE, "---\ntitle: About\n---\nBody"), DocumentHeader.PAGE);
        assertEquals(DocumentHeader.PAGE, header.type());
        assertNull(header.date());
    }
}
