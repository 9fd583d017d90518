package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-made {@code content/editorials/2025/pakistan-us-cooperation.md} is the importer's output for the
 * raw seed plus exactly three repairs of characters lost in extraction, which no importer could infer.
 */
class SeedEditorialTest {
    /** Broken text in the seed -> the editorial's text. Each must occur exactly once. */
    private static final Map<String, String> HAND_REPAIRS = Map.of(
            "several issues trade,", "several issues \u2014 trade,",
            "minerals sector an area", "minerals sector \u2014 an area",
            "highlevel", "high-level");

    private static final Path HAND_MADE = Path.of("content/editorials/2025/pakistan-us-cooperation.md");

    @Test
    void importedSeedEqualsTheHandMadeFileApartFromThreeRepairs() throws IOException, ImportException {
        String imported = EditorialImporter.convert("seed.txt", Files.readAllBytes(TestResources.seed()), null)
                .markdown();
        String repaired = imported;
        for (Map.Entry<String, String> repair : HAND_REPAIRS.entrySet()) {
            assertEquals(1, occurrences(imported, repair.getKey()), "seed contains once: " + repair.getKey());
            repaired = repaired.replace(repair.getKey(), repair.getValue());
        }
        String handMade = Files.readString(HAND_MADE);

        assertEquals(body(handMade), body(repaired), "body, word for word");
        // The hand-made file may add curated fields (topics, summary); every imported field must be there as is.
        List<String> handFields = Arrays.asList(frontMatter(handMade).split("\n"));
        for (String field : frontMatter(repaired).split("\n")) {
            assertTrue(handFields.contains(field), "hand-made front matter has: " + field);
        }
    }

    @Test
    void importedSeedHasTheTitleDateAndParagraphsOfThePage() throws IOException, ImportException {
        String imported = EditorialImporter.convert("seed.txt", Files.readAllBytes(TestResources.seed()), null)
                .markdown();

        assertEquals("title: \"Pakistan-US cooperation\"\ndate: 2025-07-27", frontMatter(imported));
        String[] paragraphs = body(imported).split("\n\n");
        assertEquals(5, paragraphs.length);
        assertTrue(paragraphs[0].startsWith("THE meeting between"));
        assertTrue(paragraphs[2].startsWith("\u201CIt\u2019s not going to be months"));
        assertTrue(paragraphs[2].contains("\\[just\\]"));
    }

    private static String frontMatter(String markdown) {
        return markdown.substring(4, markdown.indexOf("\n---\n", 4));
    }

    private static String body(String markdown) {
        return markdown.substring(markdown.indexOf("\n---\n", 4) + 5);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
