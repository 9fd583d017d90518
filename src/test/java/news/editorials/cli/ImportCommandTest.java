package news.editorials.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code editorials import}: output lines, messages and exit codes. */
class ImportCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EditorialsCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path raw(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String content() {
        return temp.resolve("content").toString();
    }

    @Test
    void printsOnePathPerFileWrittenAndExitsZero() throws IOException {
        Path a = raw("a.txt", "First\n2025-07-27\nText.\n");
        Path b = raw("b.txt", "Second\n27 July 2025\nText.\n");

        int code = run("import", "--content-dir", content(), a.toString(), b.toString());

        assertEquals(0, code, err::toString);
        assertEquals(temp.resolve("content/editorials/2025/first.md") + System.lineSeparator()
                + temp.resolve("content/editorials/2025/second.md") + System.lineSeparator(), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aBadFileIsNamedWithItsLineTheOthersAreWrittenAndTheExitCodeIsOne() throws IOException {
        Path bad = raw("bad.txt", "A title\nnot a date\nText.\n");
        Path good = raw("good.txt", "Good\n2025-07-27\nText.\n");

        int code = run("import", "--content-dir", content(), bad.toString(), good.toString());

        assertEquals(1, code);
        assertTrue(err.toString().startsWith(bad + ":2: expected a date line"), err::toString);
        assertTrue(err.toString().contains("1 input(s) not imported"));
        assertTrue(Files.exists(temp.resolve("content/editorials/2025/good.md")));
    }

    @Test
    void refusesToOverwriteWithoutForceAndReplacesWithForce() throws IOException {
        Path a = raw("a.txt", "First\n2025-07-27\nText.\n");
        assertEquals(0, run("import", "--content-dir", content(), a.toString()));
        Path written = temp.resolve("content/editorials/2025/first.md");
        Files.writeString(written, "edited by hand");

        assertEquals(1, run("import", "--content-dir", content(), a.toString()));
        assertEquals("edited by hand", Files.readString(written));
        assertTrue(err.toString().contains("already exists; use --force to replace it"));

        assertEquals(0, run("import", "--force", "--content-dir", content(), a.toString()));
        assertTrue(Files.readString(written).contains("Text."));
    }

    @Test
    void dryRunPrintsWhatWouldBeWrittenAndWritesNothing() throws IOException {
        Path a = raw("a.txt", "First\n2025-07-27\nText.\n");

        int code = run("import", "--dry-run", "--content-dir", content(), a.toString());

        assertEquals(0, code);
        assertEquals("would write " + temp.resolve("content/editorials/2025/first.md") + System.lineSeparator(),
                out.toString());
        assertFalse(Files.exists(temp.resolve("content")));
    }

    @Test
    void badUtf8ExitsOneAndNamesLineAndOffset() throws IOException {
        Path bad = temp.resolve("latin1.txt");
        Files.write(bad, "Caf\u00e9\n2025-07-27\nText.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(1, run("import", "--content-dir", content(), bad.toString()));
        assertTrue(err.toString().startsWith(bad + ":1: not valid UTF-8: byte offset 3 has 0xE9"), err::toString);
    }

    @Test
    void noFilesIsAUsageErrorWithExitCodeTwo() {
        int code = run("import");

        assertEquals(2, code);
        assertTrue(err.toString().contains("Missing required parameter: 'FILE'"), err::toString);
        assertTrue(err.toString().contains("Usage: editorials import"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("import", "--frobnicate", "x.txt"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err::toString);
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing subcommand"), err::toString);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertEquals(0, run("import", "--help"));
        assertTrue(out.toString().contains("Usage: editorials import [-hV] [--dry-run] [--force]"), out::toString);
        assertTrue(out.toString().contains("--content-dir=DIR"));

        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("import"), out::toString);
    }
}
