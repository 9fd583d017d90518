package news.editorials.serve;

import static news.editorials.serve.PreviewTesting.await;
import static news.editorials.serve.PreviewTesting.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.editorials.bake.BakeRequest;
import news.editorials.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintainer's loop end to end: a temporary project (the real templates, assets and settings, the small
 * fixture content) served on a free port, edited on disk while a client listens to the event stream.
 */
class LivePreviewIT {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path project;
    private Path preview;
    private LivePreview live;
    private EventStream events;

    @BeforeEach
    void start() throws Exception {
        project = PreviewTesting.project(temp.resolve("project"), TestSites.FIXTURE_CONTENT);
        preview = temp.resolve("preview");
        live = LivePreview.start(BakeRequest.of(project, preview).withDrafts(true), 0,
                new PrintWriter(out, true), new PrintWriter(err, true));
        events = EventStream.forPage(live.uri());
    }

    @AfterEach
    void stop() throws IOException {
        events.close();
        live.close();
    }

    private Document page(String path) {
        return Jsoup.parse(get(live.uri().resolve(path)).body());
    }

    private List<String> homePageTitles() {
        return page("").select("a.ed-item__link").eachText();
    }

    @Test
    void bakesWithDraftsAndSaysSo() {
        assertTrue(out.toString().matches("Baked in \\d+ ms \\(\\d+ pages\\)\\R"), out::toString);
        assertEquals(200, get(live.uri().resolve("editorials/2023/draft/")).statusCode(), "drafts are previewed");
    }

    @Test
    void aSaveRebakesAndReloadsThePage() throws Exception {
        Files.writeString(project.resolve("content/editorials/2025/newest.md"),
                "---\ntitle: The newest editorial, revised\ndate: 2025-08-01\n---\nRevised body.\n");

        events.awaitReload();
        assertEquals("The newest editorial, revised", page("editorials/2025/newest/").selectFirst("h1").text());
        assertEquals("The newest editorial, revised", homePageTitles().get(0));
        assertTrue(out.toString().matches("(?s).*Rebuilt in \\d+ ms \\(\\d+ pages\\)\\R"), out::toString);
    }

    @Test
    void aDeletedEditorialLeavesThePreviewAndTheHomePage() throws Exception {
        assertTrue(homePageTitles().contains("The newest editorial"));

        Files.delete(project.resolve("content/editorials/2025/newest.md"));

        events.awaitReload();
        assertFalse(Files.exists(preview.resolve("editorials/2025/newest")), "page removed from the preview folder");
        assertEquals(404, get(live.uri().resolve("editorials/2025/newest/")).statusCode());
        assertFalse(homePageTitles().contains("The newest editorial"), homePageTitles()::toString);
    }

    @Test
    void anEditorialInANewYearFolderIsPickedUp() throws Exception {
        Path year = Files.createDirectories(project.resolve("content/editorials/2026"));
        events.awaitReload();

        Files.writeString(year.resolve("next-year.md"), "---\ntitle: Next year\ndate: 2026-01-02\n---\nSoon.\n");

        await(() -> get(live.uri().resolve("editorials/2026/next-year/")).statusCode() == 200, err::toString);
        assertEquals("Next year", homePageTitles().get(0));
    }

    @Test
    void theReloadScriptIsServedButNeverWrittenToTheBakedFiles() throws IOException {
        Document served = page("editorials/2025/newest/");
        assertEquals(1, served.select("script[src=" + ReloadScript.SCRIPT_PATH + "]").size());

        for (String file : TestSites.files(preview, ".html")) {
            assertFalse(Files.readString(preview.resolve(file)).contains(ReloadScript.SCRIPT_PATH), file);
        }
    }

    @Test
    void aBrokenTemplateShowsAnErrorPageUntilTheNextGoodSave() throws Exception {
        Path template = project.resolve("templates/editorial.ftl");
        String good = Files.readString(template);

        Files.writeString(template, "<#ftl output_format=\"HTML\">\n<p>${content.no_such_value}</p>\n");
        events.awaitReload();
        HttpResponse<String> failed = get(live.uri().resolve("editorials/2025/newest/"));
        assertEquals(500, failed.statusCode());
        String problem = Jsoup.parse(failed.body()).select("li").eachText().get(0);
        assertTrue(problem.contains("templates/editorial.ftl:2:"), problem);
        assertTrue(err.toString().contains("templates/editorial.ftl:2:"), "in the terminal too: " + err);
        assertEquals(ReloadScript.SCRIPT_PATH, Jsoup.parse(failed.body()).select("script").first().attr("src"),
                "the error page reloads by itself");
        assertEquals(200, get(live.uri().resolve("css/site.css")).statusCode(), "assets still served");

        Files.writeString(template, good);
        events.awaitReload();
        assertEquals("The newest editorial", page("editorials/2025/newest/").selectFirst("h1").text());
    }

    @Test
    void aContentErrorNamesTheFileAndLine() throws Exception {
        Files.writeString(project.resolve("content/editorials/2025/broken.md"),
                "---\ntitle: Broken\ndate: 2025-13-45\n---\nBody\n");

        events.awaitReload();
        String problem = Jsoup.parse(get(live.uri()).body()).select("li").eachText().get(0);
        assertTrue(problem.endsWith("broken.md:3: date must be a calendar date like 2025-07-27, not '2025-13-45'"),
                problem);
    }

    @Test
    void bindsToLoopbackOnly() {
        assertTrue(live.server().address().getAddress().isLoopbackAddress());
        assertEquals("127.0.0.1", live.uri().getHost());
    }

    @Test
    void refusesAPreviewFolderInsideAWatchedFolder() {
        BakeRequest inside = BakeRequest.of(project, project.resolve("content/preview")).withDrafts(true);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LivePreview.start(inside, 0, new PrintWriter(out), new PrintWriter(err)));
        assertTrue(e.getMessage().contains("must lie outside the watched folder"), e.getMessage());
    }
}
