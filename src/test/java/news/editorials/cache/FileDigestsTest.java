package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {
    /** A clock an hour ahead: every file written by the test has settled when it is read. */
    private static final long HOUR = TimeUnit.HOURS.toMillis(1);

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSettledFileWhoseStampIsUnchangedIsNotReadAgain() throws IOException {
        Path file = file("page.ftl", "<p>${content.title}</p>");
        FileDigests digests = new FileDigests(true, () -> System.currentTimeMillis() + HOUR);
        Digest first = digests.of(file);
        digests.endRound();

        assertEquals(Digest.of(Files.readAllBytes(file)), first);
        assertEquals(first, digests.of(file));
        assertEquals(1, digests.reads());
    }

    @Test
    void aFileReadAsItChangedIsReadAgainEvenWithAnUnchangedStamp() throws IOException {
        // Written a moment ago by the real clock: a second write in the same tick could keep the stamp.
        Path file = file("page.ftl", "<p>a</p>");
        FileDigests digests = new FileDigests(true, System::currentTimeMillis);
        digests.of(file);
        digests.endRound();
        digests.of(file);
        assertEquals(2, digests.reads());
    }

    @Test
    void aChangedFileIsReadAgainEvenWithItsSizeAndModificationTimeKept() throws IOException {
        Path file = file("page.ftl", "<p>aaaa</p>");
        FileTime modified = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, modified);
        FileDigests digests = new FileDigests(true, () -> System.currentTimeMillis() + HOUR);
        Digest before = digests.of(file);
        digests.endRound();

        // Only the change time, which the kernel sets on every write, tells.
        Files.writeString(file, "<p>bbbb</p>");
        Files.setLastModifiedTime(file, modified);

        Digest after = digests.of(file);
        assertNotEquals(before, after);
        assertEquals(Digest.of(Files.readAllBytes(file)), after);
    }

    @Test
    void aFileNoRoundReadIsForgotten() throws IOException {
        Path file = file("style.css", "a{}");
        FileDigests digests = new FileDigests(true, () -> System.currentTimeMillis() + HOUR);
        digests.of(file);
        digests.endRound();
        digests.endRound();
        digests.of(file);
        assertEquals(2, digests.reads());
    }

    @Test
    void withoutMemoryEveryFileIsReadEachTime() throws IOException {
        Path file = file("style.css", "a{}");
        FileDigests none = FileDigests.none();
        none.of(file);
        none.endRound();
        none.of(file);
        assertEquals(2, none.reads());
    }
}
