package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.editorials.content.DocumentHeader;
import news.editorials.content.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** File-level behaviour: where files go, overwrite refusal, dry run, clashes, errors that do not stop the rest. */
class EditorialImporterTest {
    @TempDir
    Path temp;

    private Path raw(String name, String text) throws IOException {
        Path file = temp.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path content() {
        return temp.resolve("content");
    }

    private static String page(String title, String date) {
        return title + "\n" + date + "\nFirst paragraph.\n";
    }

    @Test
    void writesEditorialsUnderYearAndSlug() throws IOException {
        Path input = raw("a.txt", page("Pakistan-US cooperation", "2025-07-27"));

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(input));

        Path expected = content().resolve("editorials/2025/pakistan-us-cooperation.md");
        assertEquals(List.of(expected), report.written());
        assertFalse(report.hasErrors());
        assertTrue(Files.readString(expected).startsWith("---\ntitle: \"Pakistan-US cooperation\"\n"));
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws IOException {
        Path input = raw("a.txt", page("A title", "2025-07-27"));
        Path existing = content().resolve("editorials/2025/a-title.md");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "hand edited");

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(input));

        assertTrue(report.hasErrors());
        assertEquals(List.of(), report.written());
        assertTrue(report.errors().get(0).message().contains("already exists; use --force"));
        assertEquals("hand edited", Files.readString(existing));
    }

    @Test
    void forceReplacesAnExistingFile() throws IOException {
        Path input = raw("a.txt", page("A title", "2025-07-27"));
        Path existing = content().resolve("editorials/2025/a-title.md");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "hand edited");

        ImportReport report = new EditorialImporter(content(), true, false).importFiles(List.of(input));

        assertFalse(report.hasErrors());
        assertTrue(Files.readString(existing).contains("First paragraph."));
        try (var files = Files.list(existing.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void dryRunWritesNothingButReportsWhatItWouldWrite() throws IOException {
        Path input = raw("a.txt", page("A title", "2025-07-27"));

        ImportReport report = new EditorialImporter(content(), false, true).importFiles(List.of(input));

        assertTrue(report.dryRun());
        assertEquals(List.of(content().resolve("editorials/2025/a-title.md")), report.written());
        assertFalse(Files.exists(content()));
    }

    @Test
    void dryRunStillReportsAFileThatWouldBeOverwritten() throws IOException {
        Path input = raw("a.txt", page("A title", "2025-07-27"));
        Files.createDirectories(content().resolve("editorials/2025"));
        Files.writeString(content().resolve("editorials/2025/a-title.md"), "x");

        ImportReport report = new EditorialImporter(content(), false, true).importFiles(List.of(input));

        assertTrue(report.hasErrors());
    }

    @Test
    void inputsThatWouldShareASlugAreBothRefused() throws IOException {
        Path one = raw("one.txt", page("The Same Subject Continued", "1787-11-03"));
        Path two = raw("two.txt", page("The Same Subject Continued", "1787-11-07"));
        Path other = raw("other.txt", page("Something else", "1787-11-07"));

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(one, two, other));

        assertEquals(List.of(content().resolve("editorials/1787/something-else.md")), report.written());
        assertEquals(2, report.errors().size());
        assertEquals(one + ":1: slug 'the-same-subject-continued' would also be made from " + two
                + "; give the inputs distinct titles, or a series and number", report.errors().get(0).toString());
    }

    @Test
    void seriesNumbersKeepContinuedPapersApart() {
        ImportReport report = new EditorialImporter(content(), false, true).importFiles(List.of(
                TestResources.corpusPaper(3), TestResources.corpusPaper(4), TestResources.corpusPaper(5)));

        assertFalse(report.hasErrors(), () -> report.problems().toString());
        assertEquals(List.of("federalist-3-concerning-dangers-from-foreign-force-and-influence.md",
                        "federalist-4-concerning-dangers-from-foreign-force-and-influence.md",
                        "federalist-5-concerning-dangers-from-foreign-force-and-influence.md"),
                report.written().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aSlugAlreadyUsedInAnotherYearIsRefused() throws IOException {
        Files.createDirectories(content().resolve("editorials/2024"));
        Files.writeString(content().resolve("editorials/2024/a-title.md"), "x");
        Path input = raw("a.txt", page("A title", "2025-07-27"));

        ImportReport report = new EditorialImporter(content(), true, false).importFiles(List.of(input));

        assertTrue(report.errors().get(0).message().contains("already used by"));
        assertFalse(Files.exists(content().resolve("editorials/2025/a-title.md")));
    }

    @Test
    void badUtf8IsReportedWithLineAndOffsetAndTheOtherFilesAreStillImported() throws IOException {
        Path bad = temp.resolve("bad.txt");
        Files.write(bad, "A title\n2025-07-27\nCaf\u00e9 society.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path good = raw("good.txt", page("Good", "2025-07-27"));

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(bad, good));

        assertEquals(List.of(ImportProblem.error(bad.toString(), 3,
                "not valid UTF-8: byte offset 22 has 0xE9; save the file as UTF-8 and import it again")),
                report.problems());
        assertEquals(List.of(content().resolve("editorials/2025/good.md")), report.written());
        assertEquals(1, countFiles(content()));
    }

    @Test
    void aMissingInputIsAnErrorNamingIt() {
        Path missing = temp.resolve("missing.txt");

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(missing));

        assertEquals(missing + ": cannot read the file: no such file", report.errors().get(0).toString());
    }

    @Test
    void anEmptyBodyWritesNothing() throws IOException {
        Path input = raw("empty.txt", "A title\n2025-07-27\n\n");

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(input));

        assertEquals(input + ":3: expected paragraphs after the date line, found no text",
                report.errors().get(0).toString());
        assertFalse(Files.exists(content()));
    }

    @Test
    void aMarkerWithoutANoteIsAWarningNotAnError() throws IOException {
        Path input = raw("w.txt", "title: Notes\ndate: 1788-01-08\n\nText(1) and (2).\n\n---\n\n1. A note.\n");

        ImportReport report = new EditorialImporter(content(), false, true).importFiles(List.of(input));

        assertFalse(report.hasErrors());
        assertEquals(input + ":4: warning: marker (2) has no footnote 2 after the '---' line; kept as text",
                report.problems().get(0).toString());
    }

    @Test
    void neverWritesOutsideTheContentFolderThroughASymlink() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(content().resolve("editorials"));
        Files.createSymbolicLink(content().resolve("editorials/2025"), outside);
        Path input = raw("a.txt", page("A title", "2025-07-27"));

        ImportReport report = new EditorialImporter(content(), false, false).importFiles(List.of(input));

        assertTrue(report.errors().get(0).message().contains("leads outside"), report.problems()::toString);
        assertEquals(0, countFiles(outside));
    }

    @Test
    void frontMatterRoundTripsThroughYaml() throws ImportException {
        String raw = "title: On \"Factions\": a reply # not a comment\nauthor: Hamilton\n"
                + "publication: McLean's edition (New York: J. and A. McLean)\ndate: 1788-02-01\n"
                + "source: \"Gutenberg\" #1404\n\nBody.\n";
        String markdown = EditorialImporter.convert("x.txt", raw.getBytes(StandardCharsets.UTF_8), null).markdown();
        String yaml = markdown.substring(4, markdown.indexOf("\n---\n", 4));

        Map<String, Object> fields = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);

        assertEquals("On \u201CFactions\u201D: a reply # not a comment", fields.get("title"));
        assertEquals("Alexander Hamilton", fields.get("author"));
        assertEquals("McLean\u2019s edition (New York: J. and A. McLean)", fields.get("publication"));
        assertEquals("\"Gutenberg\" #1404", fields.get("source"));
        assertTrue(yaml.contains("\ndate: 1788-02-01\n"), "date is a bare ISO date");
    }

    @Test
    void repeatedNotesReachTheSiteAsOneKnownListKey() throws ImportException {
        String raw = "title: Notes\ndate: 1788-01-08\nnote: first\nnote: second, with: a colon\n\nBody.\n";
        String markdown = EditorialImporter.convert("x.txt", raw.getBytes(StandardCharsets.UTF_8), null).markdown();

        FrontMatter frontMatter = FrontMatter.parse(Path.of("x.md"), markdown);
        DocumentHeader header = DocumentHeader.from(Path.of("x.md"), frontMatter, DocumentHeader.EDITORIAL);

        assertEquals(List.of("first", "second, with: a colon"), frontMatter.entries().get("notes").value());
        assertEquals(List.of(), header.warnings(), "the bake knows the key");
    }

    private static long countFiles(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
