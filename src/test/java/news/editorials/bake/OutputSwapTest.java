package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSwapTest {
    @TempDir
    Path dir;

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** An output folder holding one page, "old.html". */
    private Path siteWithOldPage() throws IOException {
        Path output = dir.resolve("site");
        Files.createDirectories(output);
        Files.writeString(output.resolve("old.html"), "old");
        return output;
    }

    /** One bake that stages a single page and swaps it in. */
    private static boolean bakeOnePage(Path output, String page, String text) throws IOException {
        OutputSwap swap = OutputSwap.prepare(output);
        Files.writeString(swap.staging().resolve(page), text);
        return swap.commit();
    }

    @Test
    void commitReplacesTheOutputAndKeepsTheOldOneAsTheSpare() throws IOException {
        Path output = siteWithOldPage();
        assertTrue(bakeOnePage(output, "new.html", "new"), "the old site is the spare");
        assertEquals(List.of("new.html"), Files.list(output).map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(".site.spare", "site"), siblings());
        assertEquals("old", Files.readString(OutputSwap.spareFor(output).resolve("old.html")));
    }

    @Test
    void theNextBakeCanStageIntoTheSpare() throws IOException {
        Path output = siteWithOldPage();
        bakeOnePage(output, "new.html", "new");

        OutputSwap next = OutputSwap.prepare(output);
        assertTrue(next.stageIntoSpare());
        assertEquals("old", Files.readString(next.staging().resolve("old.html")));
        assertFalse(Files.exists(OutputSwap.spareFor(output)));
        next.abandon();
        assertFalse(OutputSwap.prepare(output).stageIntoSpare(), "no spare left");
    }

    @Test
    void aBakeThatDoesNotUseTheSpareDeletesItWhileItWorksAndLeavesNoTrash() throws IOException {
        Path output = siteWithOldPage();
        bakeOnePage(output, "new.html", "new");

        OutputSwap next = OutputSwap.prepare(output);
        next.discardSpare();
        assertFalse(Files.exists(OutputSwap.spareFor(output)), "moved aside as the bake starts");
        Files.writeString(next.staging().resolve("newer.html"), "newer");
        assertTrue(next.commit());
        assertEquals(List.of(".site.spare", "site"), siblings(), "deleted by the time the bake ends");
        assertEquals("new", Files.readString(OutputSwap.spareFor(output).resolve("new.html")));
    }

    @Test
    void anUnusedSpareIsTrashedAndTheBakeAfterDeletesIt() throws Exception {
        Path output = siteWithOldPage();
        bakeOnePage(output, "new.html", "new");
        bakeOnePage(output, "newer.html", "newer");
        assertTrue(siblings().stream().anyMatch(name -> name.startsWith(".site.trash-")), siblings().toString());

        OutputSwap.prepare(output).abandon();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (siblings().size() > 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(".site.spare", "site"), siblings());
        assertEquals("new", Files.readString(OutputSwap.spareFor(output).resolve("new.html")));
        assertEquals("newer", Files.readString(output.resolve("newer.html")));
    }

    @Test
    void abandonKeepsTheOutput() throws IOException {
        Path output = siteWithOldPage();
        OutputSwap swap = OutputSwap.prepare(output);
        Files.writeString(swap.staging().resolve("new.html"), "new");
        swap.abandon();
        assertEquals("old", Files.readString(output.resolve("old.html")));
        assertFalse(Files.exists(output.resolve("new.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void restoresASiteLeftAsideByAnInterruptedSwap() throws IOException {
        Path output = dir.resolve("site");
        Path leftAside = dir.resolve(".site.old-123");
        Files.createDirectories(leftAside);
        Files.writeString(leftAside.resolve("good.html"), "good");
        Files.createDirectories(dir.resolve(".site.staging-456"));

        OutputSwap swap = OutputSwap.prepare(output);
        assertEquals("good", Files.readString(output.resolve("good.html")));
        swap.abandon();
        assertEquals(List.of("site"), siblings());
    }
}
