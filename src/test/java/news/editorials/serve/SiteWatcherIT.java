package news.editorials.serve;

import static news.editorials.serve.PreviewTesting.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher: one run per burst of changes, anywhere in the watched trees and files, and nothing else. */
class SiteWatcherIT {
    @TempDir
    Path temp;

    private final AtomicInteger runs = new AtomicInteger();
    private final StringWriter errors = new StringWriter();
    private Path content;
    private SiteWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        content = Files.createDirectories(temp.resolve("content/editorials/2025"));
        Files.writeString(temp.resolve("jbake.properties"), "site.title=A");
        Files.writeString(temp.resolve("README.md"), "not watched");
        watcher = SiteWatcher.start(List.of(temp.resolve("content"), temp.resolve("no-such-folder")),
                List.of(temp.resolve("jbake.properties")), Duration.ofMillis(100), runs::incrementAndGet,
                new PrintWriter(errors, true));
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    /**
     * Waits for run number {@code expected}, then for a quiet while in which no further run comes: a change
     * that gave two runs fails here rather than satisfying the next wait.
     */
    private void awaitRuns(int expected) throws InterruptedException {
        await(() -> runs.get() >= expected, () -> "expected " + expected + " runs, got " + runs.get());
        assertStaysAt(expected);
    }

    /** No further run comes in a while: the watcher is idle. */
    private void assertStaysAt(int expected) throws InterruptedException {
        Thread.sleep(400); // four quiet periods: long enough for a stray run to show
        assertEquals(expected, runs.get(), "runs");
    }

    @Test
    void aBurstOfChangesGivesOneRun() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(content.resolve("a.md"), "version " + i);
        }
        Files.writeString(content.resolve("b.md"), "b");

        awaitRuns(1);
    }

    @Test
    void filesInFoldersCreatedLaterAreWatchedToo() throws Exception {
        Path year = Files.createDirectories(content.resolve("../2026/deep"));
        awaitRuns(1);

        Files.writeString(year.resolve("new.md"), "text");
        awaitRuns(2);
    }

    @Test
    void aWatchedFolderThatIsALinkIsWatchedThroughout() throws Exception {
        Path real = Files.createDirectories(temp.resolve("elsewhere/editorials/2025"));
        try (SiteWatcher linked = SiteWatcher.start(List.of(Files.createSymbolicLink(temp.resolve("linked"),
                temp.resolve("elsewhere"))), List.of(), Duration.ofMillis(100), runs::incrementAndGet,
                new PrintWriter(errors, true))) {
            Files.writeString(real.resolve("a.md"), "text");
            awaitRuns(1);
        }
    }

    @Test
    void aDeletionIsAChange() throws Exception {
        Path file = Files.writeString(content.resolve("gone.md"), "text");
        awaitRuns(1);

        Files.delete(file);
        awaitRuns(2);
    }

    @Test
    void watchesTheSettingsFileButNotItsNeighbours() throws Exception {
        Files.writeString(temp.resolve("README.md"), "changed");
        assertStaysAt(0);

        Files.writeString(temp.resolve("jbake.properties"), "site.title=B");
        awaitRuns(1);
    }

    @Test
    void ignoresEditorsSwapAndBackupFiles() throws Exception {
        Files.writeString(content.resolve(".a.md.swp"), "swap");
        Files.writeString(content.resolve("a.md~"), "backup");
        Files.createDirectories(content.resolve(".hidden"));
        assertStaysAt(0);

        // The silence meant "ignored", not "not watching": the next real save gives exactly one run.
        Files.writeString(content.resolve("a.md"), "saved");
        awaitRuns(1);
    }

    @Test
    void keepsWatchingAfterAFailingRun() throws Exception {
        watcher.close();
        watcher = SiteWatcher.start(List.of(temp.resolve("content")), List.of(), Duration.ofMillis(100), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        }, new PrintWriter(errors, true));

        Files.writeString(content.resolve("a.md"), "1");
        awaitRuns(1);
        Files.writeString(content.resolve("a.md"), "2");
        awaitRuns(2);
        await(() -> errors.toString().contains("boom"), errors::toString);
    }
}
