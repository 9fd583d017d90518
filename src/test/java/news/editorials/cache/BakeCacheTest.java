package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.editorials.content.ContentFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BakeCacheTest {
    @TempDir
    Path dir;
    private Path project;
    private Path output;
    private Path cacheDir;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("content/editorials/2025"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/page.ftl"), "${content.title}");
        Files.writeString(project.resolve("jbake.properties"), "site.title=T\n");
        Files.writeString(project.resolve("content/editorials/2025/a.md"), "---\ntitle: A\n---\nBody\n");
        output = dir.resolve("site");
        Files.createDirectories(output);
        cacheDir = BakeCache.folderFor(output);
    }

    private BuildInputs inputs() {
        Path content = project.resolve("content");
        return BuildInputs.read(project, content, ContentFiles.list(content, ".jbakeignore").outsideLinks(), "drafts=false",
                Map.of("site_title", "T"), List.of(output, cacheDir), FileDigests.none());
    }

    /** One bake: parse a.md (remembering it), then record one output file. */
    private BakeCache bake(BakeCache cache) throws IOException {
        cache.begin(inputs(), false, output, null);
        BakeCache.Source source = cache.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md"));
        if (!source.cached()) {
            source.store(Map.of("title", "A"), List.of());
        }
        Files.writeString(output.resolve("index.html"), "<p>A</p>");
        cache.forgetOutputs();
        cache.finish(Map.of("index.html", new OutputRecord(null, Digest.of("<p>A</p>"), 8,
                Files.getLastModifiedTime(output.resolve("index.html")).to(java.util.concurrent.TimeUnit.NANOSECONDS),
                List.of(), java.util.Set.of())), output, null);
        return cache;
    }

    @Test
    void aSecondBakeIsIncrementalAndFindsTheParse() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        BakeCache again = BakeCache.onDisk(cacheDir);
        again.begin(inputs(), false, output, null);
        assertTrue(again.incremental(), again.why());
        assertTrue(again.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md")).cached());
        assertEquals(8, again.previous("index.html").size());
        assertSame(again.previous("index.html"), again.lastWritten("index.html"), "the record, links and all");
    }

    @Test
    void changedBytesAreParsedAgain() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        Files.writeString(project.resolve("content/editorials/2025/a.md"), "---\ntitle: B\n---\nBody\n");
        BakeCache again = BakeCache.onDisk(cacheDir);
        again.begin(inputs(), false, output, null);
        assertFalse(again.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md")).cached());
    }

    @Test
    void aCorruptCacheMeansACleanBakeNotAFailure() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        byte[] bytes = Files.readAllBytes(cacheDir.resolve("outputs.bin"));
        Files.write(cacheDir.resolve("outputs.bin"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(cacheDir.resolve("documents.bin"), new byte[] {1, 2, 3});
        BakeCache again = BakeCache.onDisk(cacheDir);
        again.begin(inputs(), false, output, null);
        assertFalse(again.incremental());
        assertTrue(again.why().startsWith("cache unreadable"), again.why());
        assertFalse(again.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md")).cached());
    }

    @Test
    void templatesSettingsAndCleanRequestsMeanCleanBakes() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        Files.writeString(project.resolve("templates/page.ftl"), "${content.title}!");
        BakeCache afterTemplate = BakeCache.onDisk(cacheDir);
        afterTemplate.begin(inputs(), false, output, null);
        assertEquals("code, templates, assets or settings changed", afterTemplate.why());
        assertNull(afterTemplate.previous("index.html"), "every page is rendered again");
        assertNotNull(afterTemplate.lastWritten("index.html"), "but one whose bytes come out the same is kept");
        assertNull(afterTemplate.lastWritten("index.html").links(), "no links are checked against the last bake's");
        assertTrue(afterTemplate.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md")).cached(),
                "a template change keeps the parses");

        bake(BakeCache.onDisk(cacheDir));
        BakeCache clean = BakeCache.onDisk(cacheDir);
        clean.begin(inputs(), true, output, null);
        assertFalse(clean.incremental());
        assertNull(clean.lastWritten("index.html"), "a clean bake asked for writes every file");
        assertFalse(clean.source("editorials/2025/a.md", project.resolve("content/editorials/2025/a.md")).cached());
    }

    @Test
    void aCleanBakeRecordsTheSiteItReplacesAsTheSpareForTheBakeAfter() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        Path spareDir = output.resolveSibling(".site.spare");
        BakeCache clean = BakeCache.onDisk(cacheDir);
        clean.begin(inputs(), true, output, spareDir);
        assertTrue(clean.spare().isEmpty(), "a clean bake stages into nothing earlier bakes left");
        // The swap: the live site becomes the spare, the new one takes its place.
        Files.move(output, spareDir);
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "<p>A</p>");
        clean.forgetOutputs();
        clean.finish(Map.of("index.html", new OutputRecord(null, Digest.of("<p>A</p>"), 8,
                Files.getLastModifiedTime(output.resolve("index.html")).to(java.util.concurrent.TimeUnit.NANOSECONDS),
                List.of(), java.util.Set.of())), output, spareDir);

        BakeCache next = BakeCache.onDisk(cacheDir);
        next.begin(inputs(), false, output, spareDir);
        assertEquals(java.util.Set.of("index.html"), next.spare().keySet(), "the site the clean bake replaced");
    }

    @Test
    void anOutputFolderReplacedBehindTheCachesBackMeansACleanBake() throws IOException {
        bake(BakeCache.onDisk(cacheDir));
        Files.delete(output.resolve("index.html"));
        Files.delete(output);
        Files.createDirectories(output);
        BakeCache again = BakeCache.onDisk(cacheDir);
        again.begin(inputs(), false, output, null);
        assertEquals("the output folder is not the one last baked", again.why());
    }
}
