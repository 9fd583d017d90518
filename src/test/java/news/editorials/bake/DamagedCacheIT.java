package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.editorials.cache.BakeCache;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editorial's body comes back from the bake cache's file when its page is rendered again. If that file
 * was damaged since (a disk error, a hand edit), the text no longer matches its digest: the bake must not
 * publish it, nor fail for it, but bake again without the cache.
 */
class DamagedCacheIT {
    private static final String PHRASE = "An unmistakable sentence for the damaged cache.";

    @Test
    void aDamagedBodyInTheCacheMeansACleanBakeNotAWrongPage(@TempDir Path temp) throws IOException {
        Path project = TestSites.copyFixtureProject(temp.resolve("project"));
        Files.writeString(project.resolve("content/editorials/2025/damage.md"),
                "---\ntitle: Damage\ndate: 2025-06-01\n---\n" + PHRASE + "\n");
        Path site = temp.resolve("site");
        TestSites.bake(BakeRequest.of(project, site));

        Path log = BakeCache.folderFor(site).resolve("documents.log");
        byte[] bytes = Files.readAllBytes(log);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(PHRASE);
        assertTrue(at > 0, "the body is kept in the cache's log");
        bytes[at] = 'X';
        Files.write(log, bytes);
        // A template change renders every page again from the cached parses, so the damaged body is read.
        Files.writeString(project.resolve("templates/editorial.ftl"), "<#-- changed -->\n", java.nio.file.StandardOpenOption.APPEND);

        BakeReport report = TestSites.bake(BakeRequest.of(project, site));
        assertEquals("clean (clean bake asked for)", report.cache(), "baked again without the cache");
        String page = Files.readString(site.resolve("editorials/2025/damage/index.html"));
        assertTrue(page.contains(PHRASE), "the page has the editorial's own text");

        Path clean = temp.resolve("clean");
        TestSites.bake(BakeRequest.of(project, clean).withClean(true));
        assertEquals(page, Files.readString(clean.resolve("editorials/2025/damage/index.html")));
    }
}
