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
 * Which files of the content folder are editorials: Markdown files, also through a symbolic link, but not
 * editors' hidden files and folders or backups; the same in a clean bake and in the incremental one after it.
 */
class ContentFolderIT {
    @TempDir
    Path dir;

    @Test
    void markdownFilesAndLinksToThemAreBakedHiddenOnesAndBackupsAreNot() throws IOException {
        Path project = dir.resolve("project");
        TestSites.copyTree(TestSites.PROJECT.resolve("templates"), project.resolve("templates"));
        TestSites.copyTree(TestSites.PROJECT.resolve("assets"), project.resolve("assets"));
        Files.copy(TestSites.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Path content = project.resolve("content");
        Path year = Files.createDirectories(content.resolve("editorials/2025"));
        Files.copy(TestSites.PROJECT.resolve("content/about.md"), content.resolve("about.md"));
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

    private static String editorial(String title) {
        return "---\ntitle: " + title + "\ndate: 2025-03-04\n---\nA body about " + title.toLowerCase() + ".\n";
    }
}
