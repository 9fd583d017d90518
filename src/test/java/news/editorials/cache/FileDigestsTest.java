package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {
    @TempDir
    Path dir;

    @Test
    void aRememberedDigestIsTheFilesOwn() throws IOException {
        Path file = dir.resolve("page.ftl");
        Files.writeString(file, "<p>${content.title}</p>");
        FileDigests digests = new FileDigests();
        Digest first = digests.of(file);
        assertEquals(Digest.of(Files.readAllBytes(file)), first);
        assertEquals(first, digests.of(file));
    }

    @Test
    void aFileChangedRightAfterItWasHashedIsHashedAgainEvenWithItsSizeAndDateKept() throws IOException {
        // The same size, and its modification time set back: only the change time (or the settling rule) tells.
        Path file = dir.resolve("page.ftl");
        Files.writeString(file, "<p>aaaa</p>");
        FileTime modified = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, modified);
        FileDigests digests = new FileDigests();
        Digest before = digests.of(file);

        Files.writeString(file, "<p>bbbb</p>");
        Files.setLastModifiedTime(file, modified);

        Digest after = digests.of(file);
        assertNotEquals(before, after);
        assertEquals(Digest.of(Files.readAllBytes(file)), after);
    }

    @Test
    void withoutMemoryEveryFileIsReadEachTime() throws IOException {
        Path file = dir.resolve("style.css");
        Files.writeString(file, "a{}");
        FileDigests none = FileDigests.none();
        Digest first = none.of(file);
        Files.writeString(file, "b{}");
        assertNotEquals(first, none.of(file));
    }
}
