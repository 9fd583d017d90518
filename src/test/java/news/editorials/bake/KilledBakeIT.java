package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bake killed at any moment ({@code kill -9} of the JVM running it) leaves the last good site exactly as
 * it was, and the next bake succeeds and clears what the killed one left beside the output.
 *
 * <p>The bake runs in a child JVM ({@link BakeMain}, as {@code mvn package} runs it) over content that differs
 * from the last good site's, so a bake that got as far as replacing the site would show. The moments are
 * seeded: during JVM start-up, while the content is read, and at random points of writing the pages.
 */
class KilledBakeIT {
    private static final long SEED = 20251201L;
    private static final int KILLS_WHILE_WRITING = 4;

    @Test
    void killedBakeLeavesTheLastGoodSiteAndTheNextBakeCleansUp(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        Path parent = Files.createDirectories(temp.resolve("out"));
        Path site = parent.resolve("site");
        TestSites.bake(BakeRequest.of(TestSites.PROJECT, site).withContentDir(content).withImagesDir(TestSites.FIXTURE_IMAGES));
        Map<String, ByteBuffer> lastGood = snapshot(site);

        // The next bake's content has one more editorial: a bake that completed would change the site.
        Files.writeString(content.resolve("editorials/2025/one-more.md"),
                "---\ntitle: One more\ndate: 2025-12-01\n---\nA new editorial.\n");
        Path measured = parent.resolve("measured");
        TestSites.bake(BakeRequest.of(TestSites.PROJECT, measured).withContentDir(content).withImagesDir(TestSites.FIXTURE_IMAGES));
        Map<String, ByteBuffer> next = snapshot(measured);
        OutputSwap.deleteTree(measured);
        OutputSwap.deleteTree(news.editorials.cache.BakeCache.folderFor(measured));
        assertNotEquals(lastGood.keySet(), next.keySet(), "the new content changes the site");

        // Moments chosen by what the bake has done, not by the clock (a shared machine's timing varies
        // several-fold): during JVM start-up, while the content is read (the staging folder exists, still
        // empty), and at random numbers of files written (then the link check and the swap follow).
        Random random = new Random(SEED);
        List<KillPoint> points = new ArrayList<>();
        points.add(new KillPoint("start-up", (long) (random.nextDouble() * 300), -1));
        points.add(new KillPoint("reading content", (long) (random.nextDouble() * 500), 0));
        for (int i = 0; i < KILLS_WHILE_WRITING; i++) {
            points.add(new KillPoint("writing", 0, 1 + random.nextInt(next.size())));
        }
        List<String> log = new ArrayList<>();
        int killedWhileWriting = 0;
        for (KillPoint point : points) {
            Set<String> leftovers = Set.copyOf(siblings(parent));
            long start = System.nanoTime();
            Process bake = startBake(content, site, temp.resolve("killed.log"));
            int staged = -1;
            boolean exited = false;
            if (point.stagedFiles() >= 0) {
                while (!(exited = bake.waitFor(1, TimeUnit.MILLISECONDS))
                        && (staged = stagedFiles(parent, leftovers)) < point.stagedFiles()) {
                    // poll until the bake has got that far
                }
            }
            exited = exited || bake.waitFor(point.delayMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                staged = stagedFiles(parent, leftovers);
            }
            bake.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no finally blocks
            long millis = (System.nanoTime() - start) / 1_000_000;
            killedWhileWriting += staged > 0 ? 1 : 0;
            log.add(point.phase() + ": " + (exited ? "had exited by itself" : "killed after " + millis + " ms, "
                    + (staged < 0 ? "no staging folder yet" : staged + " of " + next.size() + " files staged"))
                    + ", leftovers beside the site: " + siblings(parent).stream()
                            .filter(name -> name.contains(".staging-") || name.contains(".old-")).count());

            Map<String, ByteBuffer> now = Files.exists(site) ? snapshot(site) : Map.of();
            // A kill once every file is staged can land after the swap, while the JVM is still exiting: then
            // the site must be the new one, whole (the swap is one rename), and is treated like a finished bake.
            // Anything else, a mix of the two above all, still fails below.
            boolean swappedBeforeTheKill = !exited
                    && !differences(lastGood, now).isEmpty() && differences(next, now).isEmpty();
            if (swappedBeforeTheKill) {
                log.set(log.size() - 1, log.get(log.size() - 1) + " (swapped before the kill)");
            }
            if (exited || swappedBeforeTheKill) {
                assertEquals(List.of(), differences(next, now), "a bake that finished by itself left the new site: " + log);
                TestSites.bake(BakeRequest.of(TestSites.PROJECT, site).withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES));
                lastGood = snapshot(site);
            } else {
                assertEquals(List.of(), differences(lastGood, now), "the last good site, byte for byte: " + log
                        + "; beside it: " + siblings(parent));
            }
        }
        System.out.println("KilledBakeIT: " + String.join("; ", log));
        assertTrue(killedWhileWriting > 0, "at least one kill landed while pages were being written: " + log);

        Process bake = startBake(content, site, temp.resolve("next.log"));
        assertTrue(bake.waitFor(2, TimeUnit.MINUTES), "the next bake finishes");
        assertEquals(0, bake.exitValue(), () -> "the next bake succeeds: " + read(temp.resolve("next.log")));
        assertEquals(List.of(), differences(next, snapshot(site)), "the next bake's site is complete");
        List<String> beside = siblings(parent);
        // The site this bake replaced is kept as the spare for the next bake to stage into, and an unused
        // spare is renamed aside for the next bake to delete; nothing else is left.
        assertTrue(beside.stream().filter(name -> name.startsWith(".site.trash-")).count() <= 1, beside::toString);
        assertEquals(List.of(".site.spare", "site", "site.bake-cache"),
                beside.stream().filter(name -> !name.startsWith(".site.trash-")).toList(),
                "no leftovers beside the site, only its spare and its bake cache");
    }

    /**
     * When to kill: once the bake's own staging folder holds {@code stagedFiles} files (0: exists; -1: do not
     * wait for it), then after {@code delayMillis}.
     */
    private record KillPoint(String phase, long delayMillis, int stagedFiles) {
    }

    /** {@code BakeMain} in a new JVM, with the test's classpath and Maven's JVM options (.mvn/jvm.config). */
    private static Process startBake(Path content, Path output, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Dsite.quiet=true", "-Dsite.content=" + content, "-Dsite.images=" + TestSites.FIXTURE_IMAGES,
                BakeMain.class.getName(), TestSites.PROJECT.toString(), output.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Files in staging folders beside the output, other than {@code leftovers}: -1 when there is none. */
    private static int stagedFiles(Path parent, Set<String> leftovers) {
        int files = -1;
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path staging : siblings.filter(p -> p.getFileName().toString().contains(".staging-")
                    && !leftovers.contains(p.getFileName().toString())).toList()) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    files = Math.max(files, 0) + (int) walk.filter(Files::isRegularFile).count();
                } catch (IOException | UncheckedIOException e) {
                    files = Math.max(files, 0); // being deleted or renamed as we look
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Map<String, ByteBuffer> snapshot(Path site) throws IOException {
        Map<String, ByteBuffer> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), ByteBuffer.wrap(Files.readAllBytes(file)));
            }
        }
        assertFalse(files.isEmpty(), "a site in " + site);
        return files;
    }

    /** Paths missing, added or changed in {@code actual}. */
    private static List<String> differences(Map<String, ByteBuffer> expected, Map<String, ByteBuffer> actual) {
        List<String> differences = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!actual.containsKey(path)) {
                differences.add("missing " + path);
            } else if (!bytes.equals(actual.get(path))) {
                differences.add("changed " + path);
            }
        });
        actual.keySet().stream().filter(path -> !expected.containsKey(path)).forEach(path -> differences.add("added " + path));
        return differences;
    }

    private static List<String> siblings(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
