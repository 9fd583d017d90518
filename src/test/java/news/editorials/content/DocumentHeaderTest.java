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
    void readsUpdatedAndCorrectionsNewestFirst() {
        DocumentHeader header = header("""
                title: T
                date: 2025-07-27
                updated: 2025-08-02
                corrections:
                  - date: 2025-07-28
                    text: First *fix*.
                  - date: 2025-07-30
                    text: Second fix.""");
        assertEquals(LocalDate.of(2025, 8, 2), header.updated());
        assertEquals(List.of(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 7, 28)),
                header.corrections().stream().map(Correction::date).toList());
        assertEquals("First *fix*.", header.corrections().get(1).text());
        assertEquals(6, header.corrections().get(1).line());
        assertEquals(LocalDate.of(2025, 8, 2), header.modified());
        assertEquals(List.of(), header.warnings(), "updated and corrections are known keys");
    }

    @Test
    void aCorrectionWithoutUpdatedSetsTheModifiedDate() {
        DocumentHeader header = header("title: T\ndate: 2025-07-27\ncorrections:\n  - {date: 2025-07-29, text: Fixed.}");
        assertNull(header.updated());
        assertEquals(LocalDate.of(2025, 7, 29), header.modified());
    }

    @Test
    void aCorrectionNewerThanUpdatedWins() {
        DocumentHeader header = header("title: T\ndate: 2025-07-27\nupdated: 2025-07-28\ncorrections:\n  - {date: 2025-08-09, text: Fixed.}");
        assertEquals(LocalDate.of(2025, 8, 9), header.modified());
    }

    @Test
    void anUnrevisedEditorialHasNoModifiedDate() {
        assertNull(header("title: T\ndate: 2025-07-27").modified());
    }

    @ParameterizedTest(name = "{0} -> line {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "updated: 2/8/2025                                   | 4 | updated must be a calendar date like 2025-07-27, not '2/8/2025'",
            "updated: 2025-07-01                                 | 4 | updated 2025-07-01 is before the editorial's date 2025-07-27",
            "corrections: Fixed a typo.                          | 4 | corrections must be a list of items, each with a date and a text",
            "corrections: [Fixed a typo.]                        | 4 | corrections must be a list of items",
            "corrections:\\n  - date: 2025-07-28                  | 5 | this correction has no 'text'",
            "corrections:\\n  - text: Fixed.                      | 5 | this correction has no 'date'",
            "corrections:\\n  - {date: 2025-07-28, text: A}\\n  - date: 28 July\\n    text: B | 6 | a correction's date must be a calendar date like 2025-07-27, not '28 July'",
            "corrections:\\n  - date: 2025-07-01\\n    text: Early. | 5 | the correction's date 2025-07-01 is before the editorial's date",
            "corrections:\\n  - date: 2025-07-28\\n    text: A\\n    by: Me | 7 | a correction has a 'date' and a 'text', not 'by'",
            "corrections:\\n  - date: 2025-07-28\\n    text: [a, b] | 6 | every item of 'corrections' must be plain 'field: value' pairs",
            "author: '!!'                                        | 4 | author '!!' has no letters or digits",
            "title2: x\\nsummary:\\n  - {a: b}                   | 5 | summary must be a value, not a list of items"})
    void rejectsBadRevisionFieldsNamingTheLine(String yaml, int line, String message) {
        ContentException e = assertThrows(ContentException.class,
                () -> header("title: T\ndate: 2025-07-27\n" + yaml.replace("\\n", "\n")));
        assertEquals(line, e.line(), e.getMessage());
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
