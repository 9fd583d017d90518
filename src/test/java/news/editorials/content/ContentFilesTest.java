package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {
    @TempDir
    Path dir;

    /** Each listed file as "relative path: [link] [ignored]", in listing order. */
    private Map<String, String> describe(ContentFiles listing) {
        Map<String, String> described = new TreeMap<>();
        for (ContentFiles.Entry file : listing.files()) {
            described.put(listing.root().relativize(file.path()).toString(),
                    (file.throughLink() ? "link " : "") + (file.ignored() ? "ignored" : ""));
        }
        return described;
    }

    @Test
    void listsRegularFilesInPathOrder() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("editorials/2025"));
        Files.writeString(content.resolve("editorials/2025/b.md"), "b");
        Files.writeString(content.resolve("editorials/2025/a.md"), "a");
        Files.writeString(content.resolve("about.md"), "about");
        Files.createDirectories(content.resolve("editorials/empty"));

        ContentFiles listing = ContentFiles.list(content, ".jbakeignore");

        assertEquals(List.of(content.resolve("about.md"), content.resolve("editorials/2025/a.md"),
                        content.resolve("editorials/2025/b.md")),
                listing.files().stream().map(ContentFiles.Entry::path).toList());
        assertEquals(content, listing.root());
    }

    @Test
    void filesThroughALinkToAFolderAreMarkedALinkToAFileIsTheFile() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deeper"));
        Files.writeString(elsewhere.resolve("inside.md"), "x");
        Path file = Files.writeString(dir.resolve("single.md"), "y");
        Files.createSymbolicLink(content.resolve("linked"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("single.md"), file);
        Files.createSymbolicLink(content.resolve("broken.md"), dir.resolve("gone.md"));

        ContentFiles listing = ContentFiles.list(content, ".jbakeignore");

        assertEquals(Map.of("linked/deeper/inside.md", "link ", "single.md", ""), describe(listing));
        assertEquals(List.of(content.resolve("single.md")), listing.outsideLinks());
    }

    @Test
    void aContentFolderThatIsALinkIsListedAsTheFolderItself() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/editorials"));
        Files.writeString(real.resolve("a.md"), "a");
        Path content = Files.createSymbolicLink(dir.resolve("content"), dir.resolve("real"));

        ContentFiles listing = ContentFiles.list(content, ".jbakeignore");

        assertEquals(Map.of("editorials/a.md", ""), describe(listing));
        assertEquals(content.resolve("editorials/a.md"), listing.files().get(0).path());
    }

    @Test
    void aFolderBelowTheRootWithTheIgnoreFileInAnyCaseIsIgnoredWithEverythingBelowIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve(".jbakeignore"), "");
        Files.writeString(content.resolve("kept.txt"), "");
        Files.createDirectories(content.resolve("private/deeper"));
        Files.writeString(content.resolve("private/.JBakeIgnore"), "");
        Files.writeString(content.resolve("private/secret.txt"), "");
        Files.writeString(content.resolve("private/deeper/more.txt"), "");

        assertEquals(Map.of(".jbakeignore", "", "kept.txt", "", "private/.JBakeIgnore", "ignored",
                        "private/secret.txt", "ignored", "private/deeper/more.txt", "ignored"),
                describe(ContentFiles.list(content, ".jbakeignore")));
    }

    @Test
    void aLoopThroughALinkIsAProblemAndTheRestIsStillListed() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(content.resolve("a"));
        Files.writeString(content.resolve("a/page.md"), "x");
        Files.createSymbolicLink(content.resolve("a/loop"), content.resolve("a"));
        Files.writeString(content.resolve("z.md"), "z");

        ContentFiles listing = ContentFiles.list(content, ".jbakeignore");

        assertEquals(Map.of("a/page.md", "", "z.md", ""), describe(listing));
        assertEquals(1, listing.problems().size(), listing.problems().toString());
        assertEquals(content.resolve("a/loop"), listing.problems().get(0).folder());
    }

    @Test
    void aMissingFolderIsAnErrorThatNamesIt() {
        Path missing = dir.resolve("no-content");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ContentFiles.list(missing, ".jbakeignore"));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
