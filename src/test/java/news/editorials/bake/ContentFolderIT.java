package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of the content folder are editorials (Markdown files, also through a symbolic link, but not
 * editors' hidden files and folders or backups) and which are copied into the site as they are (JBake's rule);
 * the same in a clean bake and in the incremental one after it.
 */
class ContentFolderIT {
    @TempDir
    Path dir;

    @Test
    void markdownFilesAndLinksToThemAreBakedHiddenOnesAndBackupsAreNot() throws IOException {
        Path project = project();
        Path year = project.resolve("content/editorials/2025");
        Files.writeString(year.resolve("plain.md"), editorial("Plain file"));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.md"), editorial("Linked file"));
        Files.createSymbolicLink(year.resolve("linked.md"), elsewhere);
        Files.createDirectories(year.resolve(".hidden"));
        Files.writeString(year.resolve(".hidden/secret.md"), editorial("Hidden folder"));
        Files.writeString(year.resolve(".swap.md"), editorial("Hidden file"));
        Files.writeString(year.resolve("backup.md~"), editorial("Backup"));
        Path site = dir.resolve("site");

        for (String bake : new String[] {"clean", "incremental"}) {
            BakeReport report = SiteBaker.bake(BakeRequest.of(project, site));
            assertEquals(3, report.documents(), bake + ": two editorials and the about page");
            assertTrue(Files.isRegularFile(site.resolve("editorials/2025/plain/index.html")), bake);
            assertTrue(Files.readString(site.resolve("editorials/2025/linked/index.html")).contains("Linked file"), bake);
            assertFalse(Files.exists(site.resolve("editorials/2025/.hidden")), bake);
            assertFalse(Files.readString(site.resolve("index.html")).contains("Hidden"), bake);
            assertFalse(Files.readString(site.resolve("index.html")).contains("Backup"), bake);
        }
    }

    @Test
    void otherFilesAreCopiedByJBakesRuleInACleanBakeAndAnIncrementalOne() throws IOException {
        Path project = project();
        Path content = project.resolve("content");
        Path year = content.resolve("editorials/2025");
        Files.writeString(year.resolve("plain.md"), editorial("Plain file"));
        Files.writeString(year.resolve("chart.csv"), "year,rate\n2025,3\n");
        Files.writeString(year.resolve(".notes.txt"), "a hidden file");
        Files.createDirectories(content.resolve("private"));
        Files.writeString(content.resolve("private/.jbakeignore"), "");
        Files.writeString(content.resolve("private/secret.txt"), "ignored folder");
        Files.createDirectories(content.resolve(".well-known"));
        Files.writeString(content.resolve(".well-known/security.txt"), "Contact: mailto:desk@example.org\n");
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "linked asset");
        Files.createSymbolicLink(year.resolve("linked.txt"), elsewhere);
        Path site = dir.resolve("site");

        for (String bake : new String[] {"clean", "incremental"}) {
            SiteBaker.bake(BakeRequest.of(project, site));
            assertEquals("year,rate\n2025,3\n", Files.readString(site.resolve("editorials/2025/chart.csv")), bake);
            assertEquals("linked asset", Files.readString(site.resolve("editorials/2025/linked.txt")), bake);
            assertTrue(Files.isRegularFile(site.resolve(".well-known/security.txt")), bake + ": a hidden folder's files are not hidden");
            assertFalse(Files.exists(site.resolve("editorials/2025/.notes.txt")), bake);
            assertFalse(Files.exists(site.resolve("private")), bake + ": a folder with .jbakeignore");
            assertFalse(Files.exists(site.resolve("editorials/2025/plain.md")), bake + ": content is baked, not copied");
        }
    }

    @Test
    void throughALinkToAFolderFilesAreCopiedButMarkdownIsNotBaked() throws IOException {
        Path project = project();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.md"), editorial("Linked folder"));
        Files.writeString(elsewhere.resolve("chart.csv"), "year,rate\n");
        Files.createSymbolicLink(project.resolve("content/extra"), elsewhere);
        Path site = dir.resolve("site");

        for (String bake : new String[] {"clean", "incremental"}) {
            BakeReport report = SiteBaker.bake(BakeRequest.of(project, site));
            assertEquals(1, report.documents(), bake + ": the about page only, as JBake's crawler");
            assertEquals("year,rate\n", Files.readString(site.resolve("extra/chart.csv")), bake + ": as JBake's copier");
            assertFalse(Files.exists(site.resolve("extra/linked")), bake);
        }
    }

    @Test
    void aContentFolderThatIsALinkIsBaked() throws IOException {
        Path project = project();
        Path elsewhere = dir.resolve("shared-content");
        Files.move(project.resolve("content"), elsewhere);
        Files.createSymbolicLink(project.resolve("content"), elsewhere);
        Files.writeString(elsewhere.resolve("editorials/2025/plain.md"), editorial("Plain file"));
        Path site = dir.resolve("site");

        for (String bake : new String[] {"clean", "incremental"}) {
            BakeReport report = SiteBaker.bake(BakeRequest.of(project, site));
            assertEquals(2, report.documents(), bake + ": the editorial and the about page");
            assertTrue(Files.readString(site.resolve("editorials/2025/plain/index.html")).contains("Plain file"), bake);
        }
    }

    /** The project's templates, assets and settings, and a content folder with the about page. */
    private Path project() throws IOException {
        Path project = dir.resolve("project");
        TestSites.copyTree(TestSites.PROJECT.resolve("templates"), project.resolve("templates"));
        TestSites.copyTree(TestSites.PROJECT.resolve("assets"), project.resolve("assets"));
        Files.copy(TestSites.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Path content = project.resolve("content");
        Files.createDirectories(content.resolve("editorials/2025"));
        Files.copy(TestSites.PROJECT.resolve("content/about.md"), content.resolve("about.md"));
        return project;
    }

    private static String editorial(String title) {
        return "---\ntitle: " + title + "\ndate: 2025-03-04\n---\nA body about " + title.toLowerCase() + ".\n";
    }
}
