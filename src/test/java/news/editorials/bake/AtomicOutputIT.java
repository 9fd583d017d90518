package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed bake leaves the last good site byte for byte, and no staging folder behind. */
class AtomicOutputIT {

    /** A bake of a copy of the fixture content (in {@code dir/content}, free to change) into {@code dir/output}. */
    private static BakeRequest fixtureCopy(Path dir, String output) {
        Path content = dir.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        return BakeRequest.of(TestSites.PROJECT, dir.resolve(output)).withContentDir(content)
                .withImagesDir(TestSites.FIXTURE_IMAGES);
    }

    @Test
    void failedBakeKeepsThePreviousSiteIntact(@TempDir Path dir) throws Exception {
        BakeRequest request = fixtureCopy(dir, "out/site");
        Path content = request.contentDir();
        Path output = request.outputDir();
        SiteBaker.bake(request);
        Map<String, String> before = digests(output);

        Path broken = content.resolve("editorials/2025/broken.md");
        Files.writeString(broken, "---\ntitle: Broken\ndate: 2025-13-45\n---\nBody\n");
        String newestBefore = Files.readString(content.resolve("editorials/2025/newest.md"));
        BakeException failure = assertThrows(BakeException.class, () -> SiteBaker.bake(request));

        assertEquals(1, failure.problems().size());
        assertTrue(failure.problems().get(0).endsWith("broken.md:3: date must be a calendar date like 2025-07-27, not '2025-13-45'"),
                failure.problems().get(0));
        assertEquals(before, digests(output));
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertEquals(List.of("site", "site.bake-cache"), siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging folder left beside the output, only the bake cache");
        }
        assertEquals(newestBefore, Files.readString(content.resolve("editorials/2025/newest.md")), "content untouched");
    }

    /** The link check runs on the fully rendered staging folder: failing there must not swap it in either. */
    @Test
    void aBrokenLinkKeepsThePreviousSiteIntact(@TempDir Path dir) throws Exception {
        BakeRequest request = fixtureCopy(dir, "out/site");
        Path content = request.contentDir();
        Path output = request.outputDir();
        SiteBaker.bake(request);
        Map<String, String> before = digests(output);

        Files.writeString(content.resolve("editorials/2025/linking.md"),
                "---\ntitle: Linking\ndate: 2025-08-02\n---\nSee [the missing page](../../../nowhere/).\n");
        BakeException failure = assertThrows(BakeException.class, () -> SiteBaker.bake(request));

        assertEquals(List.of(content.resolve("editorials/2025/linking.md") + ":5: broken link \"../../../nowhere/\" "
                + "(no such file nowhere/) in editorials/2025/linking/index.html"), failure.problems());
        assertEquals(before, digests(output), "the last good site, byte for byte");
        assertFalse(Files.exists(output.resolve("editorials/2025/linking")), "the new page was not published");
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            assertEquals(List.of("site", "site.bake-cache"), siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging folder left beside the output, only the bake cache");
        }
    }

    @Test
    void templateErrorsNameTheTemplateAndLineAndKeepTheSite(@TempDir Path dir) throws Exception {
        Path project = TestSites.copyProject(dir.resolve("project"), TestSites.FIXTURE_CONTENT);
        Path output = dir.resolve("site");
        BakeRequest request = BakeRequest.of(project, output).withContentDir(TestSites.FIXTURE_CONTENT)
                .withImagesDir(TestSites.FIXTURE_IMAGES);
        SiteBaker.bake(request);
        Map<String, String> before = digests(output);

        Files.writeString(project.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">\n<p>${content.no_such_value}</p>\n");
        BakeException failure = assertThrows(BakeException.class, () -> SiteBaker.bake(request));
        assertTrue(failure.getMessage().contains("templates/page.ftl:2:"), failure.getMessage());
        assertEquals(before, digests(output));
        assertFalse(failure.getMessage().contains("FTL stack trace"), failure.getMessage());
    }

    @Test
    void anIncrementalBakeChecksLinksOnPagesItDidNotRender(@TempDir Path dir) throws Exception {
        BakeRequest request = fixtureCopy(dir, "site");
        Path content = request.contentDir();
        Path output = request.outputDir();
        SiteBaker.bake(request);
        Map<String, String> before = digests(output);

        // Every page's navigation links to about/; deleting its source leaves unchanged pages with a broken link.
        Files.delete(content.resolve("about.md"));
        BakeException failure = assertThrows(BakeException.class, () -> SiteBaker.bake(request));

        assertTrue(failure.problems().contains("editorials/2024/filler-1/index.html: broken link \"../../../about/\" (no such file about/)"),
                String.join("\n", failure.problems()));
        assertEquals(before, digests(output), "the last good site is left as it was");
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                digests.put(root.relativize(path).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
            }
        }
        return digests;
    }
}
