package news.editorials.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import news.editorials.bake.BakeRequest;
import news.editorials.bake.SiteBaker;
import news.editorials.content.FrontMatter;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code editorials new}: the draft file, its front matter, and refusals. */
class NewCommandTest {
    /** 23:30 on 31 December 2025 in UTC is already 1 January 2026 in Karachi. */
    private static final Instant NEW_YEARS_EVE = Instant.parse("2025-12-31T23:30:00Z");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Clock clock, String... args) {
        CommandLine commandLine = new CommandLine(new NewCommand(clock));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Clock.fixed(Instant.parse("2025-07-27T09:00:00Z"), ZoneOffset.UTC), args);
    }

    private String content() {
        return temp.resolve("content").toString();
    }

    @Test
    void createsADraftDatedTodayAndPrintsItsPath() throws IOException {
        int code = run("--content-dir", content(), "Title of the editorial");

        Path file = temp.resolve("content/editorials/2025/title-of-the-editorial.md");
        assertEquals(0, code, err::toString);
        assertEquals(file + System.lineSeparator(), out.toString());
        assertEquals("---\ntitle: \"Title of the editorial\"\ndate: 2025-07-27\nstatus: draft\n---\n"
                + NewCommand.PLACEHOLDER + "\n", Files.readString(file));
    }

    @Test
    void joinsUnquotedWordsIntoOneTitle() throws IOException {
        assertEquals(0, run("--content-dir", content(), "Title", "of", "the", "editorial"));

        Path file = temp.resolve("content/editorials/2025/title-of-the-editorial.md");
        assertEquals("Title of the editorial", header(file).entries().get("title").text());
    }

    @Test
    void todayIsTheDateInTheClocksTimeZone() {
        Clock karachi = Clock.fixed(NEW_YEARS_EVE, ZoneId.of("Asia/Karachi"));

        assertEquals(0, run(karachi, "--content-dir", content(), "New year"));

        assertTrue(Files.exists(temp.resolve("content/editorials/2026/new-year.md")), out::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "1787", "null", "Title: with a colon", "A \"quoted\" word", "Back\\slash",
        "# not a comment", "- not a list", "[not, a, list]", "{not: a map}", "Tab\tand bell\u0007",
        "Line\u2028separator", "'single quotes'", "Trump’s café", "&anchor *alias !tag %directive @at `tick"})
    void anyTitleReadsBackAsTheSameText(String title) throws IOException {
        // "--" ends the options, so a title may start with "-".
        assertEquals(0, run("--content-dir", content(), "--", title), err::toString);

        Path file = Files.list(temp.resolve("content/editorials/2025")).findFirst().orElseThrow();
        String expected = title.replaceAll("[\\s\\p{Cc}]+", " ").strip(); // the bell too: no page can carry it
        assertEquals(expected, header(file).entries().get("title").text());
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = temp.resolve("content/editorials/2025/title-of-the-editorial.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "written by hand");

        int code = run("--content-dir", content(), "Title of the editorial");

        assertEquals(1, code);
        assertEquals("written by hand", Files.readString(file));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains(file + " already exists"), err::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "   ", "—"})
    void aTitleWithNoLettersOrDigitsIsAnError(String title) throws IOException {
        int code = run("--content-dir", content(), title);

        assertEquals(1, code);
        assertTrue(err.toString().contains("has no letters or digits to make a file name from"), err::toString);
        assertFalse(Files.exists(temp.resolve("content")), "nothing written");
    }

    @Test
    void isASubcommandOfTheProgram() {
        int code = EditorialsCommand.execute(new PrintWriter(out), new PrintWriter(err),
                "new", "--content-dir", content(), "Through the program");

        assertEquals(0, code, err::toString);
        assertTrue(out.toString().strip().endsWith("through-the-program.md"), out::toString);
    }

    @Test
    void theNewDraftBakesAndIsShownOnlyWithDrafts() throws IOException {
        // The fixture content has what every page links to (about page, a Federalist paper).
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, temp.resolve("content"));
        assertEquals(0, run("--content-dir", content(), "A \"fresh\" <draft>"));
        Path site = temp.resolve("site");

        SiteBaker.bake(BakeRequest.of(TestSites.PROJECT, site).withContentDir(temp.resolve("content"))
                .withImagesDir(TestSites.FIXTURE_IMAGES).withDrafts(true));

        Document page = TestSites.page(site, "editorials/2025/a-fresh-draft/index.html");
        assertEquals("A \"fresh\" <draft>", page.selectFirst("h1").text());
        assertTrue(page.text().contains(NewCommand.PLACEHOLDER));

        SiteBaker.bake(BakeRequest.of(TestSites.PROJECT, site).withContentDir(temp.resolve("content"))
                .withImagesDir(TestSites.FIXTURE_IMAGES));
        assertFalse(Files.exists(site.resolve("editorials/2025/a-fresh-draft/index.html")), "drafts stay out of the site");
    }

    private static FrontMatter header(Path file) throws IOException {
        return FrontMatter.parse(file, Files.readString(file));
    }
}
