package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8TextTest {

    @Test
    void rejectsBytesThatAreNotUtf8NamingTheLineAndOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.md");
        Files.write(file, new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '\n'});
        ContentException e = assertThrows(ContentException.class, () -> Utf8Text.read(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("not valid UTF-8: byte offset 7 has 0xC3"), e.getMessage());
    }

    @Test
    void dropsAByteOrderMarkAndMakesLineEndsLf(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.md");
        Files.writeString(file, "\uFEFF---\r\ntitle: T\r---\r\nBody\r\n");
        assertEquals("---\ntitle: T\n---\nBody\n", Utf8Text.read(file));
    }

    @Test
    void namesAFileThatCannotBeRead(@TempDir Path dir) {
        ContentException e = assertThrows(ContentException.class, () -> Utf8Text.read(dir.resolve("missing.md")));
        assertTrue(e.describe().contains("missing.md: cannot be read"), e.describe());
    }
}
