package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.editorials.cache.BakeCache;
import news.editorials.cache.Digest;
import news.editorials.cache.OutputRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging into a reused spare site: what it had and the new site does not is gone; what the bake made stays. */
class SiteOutputTest {
    @TempDir
    Path dir;
    private Path staging;
    private SiteOutput output;

    @BeforeEach
    void spareSite() throws IOException {
        staging = Files.createDirectories(dir.resolve("staging"));
        Path live = Files.createDirectories(dir.resolve("site"));
        Map<String, OutputRecord> spare = Map.of(
                "css", spareFile("css", "a file where the new site has a folder"),
                "old/index.html", spareFile("old/index.html", "<p>a page the new site no longer has</p>"),
                "kept.txt", spareFile("kept.txt", "unchanged"),
                "dated-ahead.html", spareFile("dated-ahead.html", "written by a clock since set back",
                        Instant.now().plus(1, ChronoUnit.HOURS)));
        output = new SiteOutput(staging, live, BakeCache.inMemory());
        // The spare's files as recorded: one even stamped after the bake begins is the spare's, not new.
        output.reuse(spare);
    }

    /** A file of the spare, written an hour before the bake, and its record. */
    private OutputRecord spareFile(String path, String text) throws IOException {
        return spareFile(path, text, Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private OutputRecord spareFile(String path, String text, Instant modified) throws IOException {
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return new OutputRecord(null, Digest.of(text), Files.size(file),
                Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS), null, null);
    }

    @Test
    void theSpareIsBroughtToExactlyTheNewSite() throws IOException {
        output.file("css/site.css", "body{}".getBytes(StandardCharsets.UTF_8));
        output.file("kept.txt", "unchanged".getBytes(StandardCharsets.UTF_8));
        // A tool that writes into staging itself, during the bake.
        Files.writeString(staging.resolve("tool.json"), "{}");

        Map<String, OutputRecord> site = output.finish(true);

        assertEquals(Set.of("css/site.css", "kept.txt", "tool.json"), site.keySet());
        assertEquals("body{}", Files.readString(staging.resolve("css/site.css")));
        assertFalse(Files.exists(staging.resolve("old")), "the folder the deleted page left empty is gone too");
        assertEquals("{}", Files.readString(staging.resolve("tool.json")));
        assertTrue(output.reusesSpare());
    }
}
