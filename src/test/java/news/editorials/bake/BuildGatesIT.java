package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each build gate, tripped by a small content folder: the bake fails naming every file (and line). */
class BuildGatesIT {
    @TempDir
    Path dir;

    private Path content() throws IOException {
        Path content = dir.resolve("content");
        write("about.md", "---\ntitle: About\n---\nAbout.\n");
        return content;
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private BakeRequest request(Path content) {
        return BakeRequest.of(TestSites.PROJECT, dir.resolve("site")).withContentDir(content)
                .withImagesDir(TestSites.FIXTURE_IMAGES);
    }

    private List<String> problems(Path content) {
        return assertThrows(BakeException.class, () -> SiteBaker.bake(request(content))).problems();
    }

    @Test
    void reportsEveryBadFileInOneRun() throws IOException {
        Path content = content();
        write("editorials/2025/no-title.md", "---\ndate: 2025-07-27\n---\nBody\n");
        write("editorials/2025/bad-date.md", "---\ntitle: T\ndate: July 27\n---\nBody\n");
        write("editorials/2025/bad-status.md", "---\ntitle: T\ndate: 2025-07-27\nstatus: live\n---\nBody\n");
        write("editorials/2025/no-header.md", "Just text.\n");
        List<String> problems = problems(content);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("bad-date.md:3: date must be a calendar date like 2025-07-27, not 'July 27'"), problems.get(0));
        assertTrue(problems.get(1).endsWith("bad-status.md:4: status must be 'published' or 'draft', not 'live'"), problems.get(1));
        assertTrue(problems.get(2).endsWith("no-header.md:1: expected front matter: a '---' line, then fields such as 'title: ...' and 'date: 2025-07-27', then a closing '---' line"), problems.get(2));
        assertTrue(problems.get(3).endsWith("no-title.md:1: missing required field 'title'"), problems.get(3));
    }

    @Test
    void rejectsUrlsThatDifferOnlyInCase() throws IOException {
        Path content = content();
        write("editorials/2025/same.md", "---\ntitle: A\ndate: 2025-07-27\n---\nBody\n");
        write("editorials/2025/Same.md", "---\ntitle: B\ndate: 2025-07-27\n---\nBody\n");
        List<String> problems = problems(content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("has the same URL /editorials/2025/same/"), problems.get(0));
    }

    @Test
    void refusesContentInsideSectionsTheSiteGenerates() throws IOException {
        Path content = content();
        write("topics.md", "---\ntitle: My topics\n---\nBody\n");
        write("archive/2025.md", "---\ntitle: My archive\n---\nBody\n");
        List<String> problems = problems(content);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("archive/2025.md: its URL /archive/2025/ is inside /archive/, which the site generates; move or rename the file"), problems.get(0));
        assertTrue(problems.get(1).endsWith("topics.md: its URL /topics/ is inside /topics/, which the site generates; move or rename the file"), problems.get(1));
    }

    @Test
    void aBadCorrectionFailsTheBakeNamingItsFileAndLine() throws IOException {
        Path content = content();
        write("editorials/2025/corrected.md", """
                ---
                title: T
                date: 2025-07-27
                corrections:
                  - date: 2025-07-28
                    text: Fine.
                  - date: 28 July
                    text: Bad date.
                ---
                Body
                """);
        assertEquals(List.of("corrected.md:7: a correction's date must be a calendar date like 2025-07-27, not '28 July'"),
                problems(content).stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList());
    }

    @Test
    void refusesContentWhereAuthorPagesGo() throws IOException {
        Path content = content();
        write("authors/jane.md", "---\ntitle: Jane\n---\nBody\n");
        List<String> problems = problems(content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("authors/jane.md: its URL /authors/jane/ is inside /authors/, which the site generates; move or rename the file"), problems.get(0));
    }

    @Test
    void refusesContentAtTheSearchPagesAddress() throws IOException {
        Path content = content();
        write("search.md", "---\ntitle: My search\n---\nBody\n");
        List<String> problems = problems(content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("search.md: its URL /search/ is inside /search/, which the site generates; move or rename the file"), problems.get(0));
    }

    @Test
    void refusesContentThatWouldTakeTheHeadersFilesName() throws IOException {
        Path content = content();
        write("_headers.md", "---\ntitle: Headers\n---\nBody\n");
        List<String> problems = problems(content);
        assertEquals(List.of("_headers.md: its URL /_headers/ is inside /_headers/, which the site generates; move or rename the file"),
                problems.stream().map(p -> p.substring(p.indexOf("_headers.md"))).toList());
    }

    @Test
    void warnsAboutUnknownKeysAndRepeatedSlugsButBakes() throws IOException {
        Path content = content();
        write("editorials/2024/annual.md", "---\ntitle: A\ndate: 2024-01-01\n---\nBody\n");
        write("editorials/2025/annual.md", "---\ntitle: A\ndate: 2025-01-01\nauthr: X\n---\nBody\n");
        BakeReport report = SiteBaker.bake(request(content));
        assertEquals(2, report.warnings().size(), report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.endsWith("annual.md:4: unknown front matter key 'authr' is ignored (known keys: title, date, author, publication, topics, summary, status, series, number, source, notes, type, tags, updated, corrections)")));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("has the same slug as")));
    }

    @Test
    void failsOnBrokenInternalLinksListingPageAndTarget() throws IOException {
        Path content = content();
        write("editorials/2025/links.md", """
                ---
                title: Links
                date: 2025-07-27
                ---
                See [the about page](../../../about/), [nowhere](../../../nowhere/),
                [a missing anchor](../../../about/#no-such-id) and [elsewhere](https://example.org/).
                """);
        List<String> problems = problems(content);
        // Written in the editorial's Markdown: named by its file and line, and the page.
        Path file = content.resolve("editorials/2025/links.md");
        assertEquals(List.of(
                file + ":5: broken link \"../../../nowhere/\" (no such file nowhere/) in editorials/2025/links/index.html",
                file + ":6: broken link \"../../../about/#no-such-id\" (no id \"no-such-id\" in about/index.html) in editorials/2025/links/index.html"),
                problems);
    }

    @Test
    void brokenLinksInAnEditorialNameItsMarkdownLineAndThePage() throws IOException {
        Path content = content();
        write("editorials/2025/links.md", "---\ntitle: Links\ndate: 2025-07-27\n---\nFine.\n\n"
                + "See [the other piece](../no-such-piece/) and [a section](#nowhere).\n");
        List<String> problems = problems(content);
        Path file = content.resolve("editorials/2025/links.md"); // outside the working folder: shown whole
        assertEquals(List.of(
                file + ":7: broken link \"#nowhere\" (no id \"nowhere\" in editorials/2025/links/index.html) in editorials/2025/links/index.html",
                file + ":7: broken link \"../no-such-piece/\" (no such file editorials/2025/no-such-piece/) in editorials/2025/links/index.html"),
                problems);
    }

    @Test
    void imageAndHtmlProblemsNameTheFileAndLine() throws IOException {
        Path content = content();
        write("editorials/2025/no-alt.md", "---\ntitle: A\ndate: 2025-07-27\n---\nText.\n\n![](/images/harbour.jpg)\n");
        write("editorials/2025/missing.md", "---\ntitle: B\ndate: 2025-07-27\n---\n![A chart](/images/gone.png)\n");
        write("editorials/2025/script.md", "---\ntitle: C\ndate: 2025-07-27\n---\nText.\n\n<script>x()</script>\n");
        List<String> problems = problems(content);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches(".*missing\\.md:5: no image file .*gone\\.png; add it there or correct the name"), problems.get(0));
        assertTrue(problems.get(1).matches(".*no-alt\\.md:7: the image /images/harbour\\.jpg has no alt text.*"), problems.get(1));
        assertTrue(problems.get(2).matches(".*script\\.md:7: <script> is not allowed in an editorial.*"), problems.get(2));
    }
}
