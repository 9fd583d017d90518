package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
    @TempDir
    Path site;

    @BeforeEach
    void site() throws IOException {
        write("index.html", "<a href=\"a/\">a</a>");
        write("a/index.html", "<h2 id=\"part\">Part</h2>");
        write("css/site.css", "");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> check(String pageHtml) throws IOException {
        write("b/page.html", pageHtml);
        return new LinkChecker(site, "/").check();
    }

    @Test
    void acceptsFolderFileFragmentRootRelativeAndExternalLinks() throws IOException {
        assertEquals(List.of(), check("""
                <link rel="stylesheet" href="../css/site.css">
                <a href="../a/">folder</a> <a href="../a">folder without slash</a> <a href='../a/index.html#part'>anchor</a>
                <a href="/a/">root-relative</a> <a href="#top">here</a><span id="top"></span> <a href="../">home</a>
                <a href="https://example.org/x">external</a> <a href="mailto:x@example.org">mail</a> <img src="//cdn.example/x.png" alt="">
                """));
    }

    @Test
    void reportsMissingFilesAnchorsAndEscapes() throws IOException {
        assertEquals(List.of(
                "b/page.html: broken link \"../../../etc/passwd\" (points outside the site)",
                "b/page.html: broken link \"../a/#nowhere\" (no id \"nowhere\" in a/index.html)",
                "b/page.html: broken link \"../missing/\" (no such file missing/)",
                "b/page.html: broken link \"/elsewhere/a/\" (no such file elsewhere/a/)"),
                check("""
                        <a href="../missing/">x</a> <a href="../a/#nowhere">y</a>
                        <a href="../../../etc/passwd">z</a> <a href="/elsewhere/a/">w</a>
                        """));
    }

    @Test
    void rootRelativeLinksMustStayUnderTheBasePath() throws IOException {
        write("b/page.html", "<a href=\"/other/a/\">x</a> <a href=\"/news/a/\">y</a>");
        assertEquals(List.of("b/page.html: broken link \"/other/a/\" (outside the site's base path /news/)"),
                new LinkChecker(site, "/news").check());
    }
}
