package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.editorials.testing.ChildJvm;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dsite.daemon=true} as a maintainer runs it, {@link BakeMain} in JVMs of their own: the first bake
 * starts a daemon, the next ones bake in it, and what they write is what a bake in the maintainer's own JVM
 * writes. Each test has a daemon of its own ({@code site.daemon.socket}), stopped afterwards.
 */
class BakeDaemonIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private Path socket;

    @AfterEach
    void stopTheDaemon() {
        if (socket != null) {
            daemon().ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        }
    }

    private ChildJvm.Result bakeMain(Path content, Path output, String... options) {
        if (socket == null) {
            // Short: a socket's path may be at most about a hundred bytes.
            socket = temp.resolve("d.sock");
        }
        List<String> jvmOptions = new ArrayList<>(List.of("-Dsite.content=" + content,
                "-Dsite.images=" + TestSites.FIXTURE_IMAGES, "-Dsite.daemon.socket=" + socket,
                "-Dsite.daemon.idle_minutes=10", "-Dsite.daemon.jvm_options=-Xmx512m -XX:+UseStringDeduplication"));
        jvmOptions.addAll(List.of(options));
        return ChildJvm.run(jvmOptions, BakeMain.class.getName(), List.of(TestSites.PROJECT.toString(), output.toString()),
                TestSites.PROJECT, TIMEOUT);
    }

    /** The daemon listening at this test's socket, found by its command line. */
    private Optional<ProcessHandle> daemon() {
        return ProcessHandle.allProcesses().filter(process -> ChildJvm.commandLine(process)
                .containsAll(List.of(BakeDaemon.class.getName(), socket.toString()))).findFirst();
    }

    @Test
    void theFirstBakeStartsADaemonAndTheNextBakeInItAsAJvmOfTheirOwnWould() throws IOException {
        Path content = temp.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        Path output = temp.resolve("site");

        ChildJvm.Result first = bakeMain(content, output, "-Dsite.daemon=true");

        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.err().contains("Started a bake daemon"), first::toString);
        assertTrue(first.out().contains("Baked "), first::toString);
        ProcessHandle daemon = daemon().orElseThrow(() -> new AssertionError("no daemon runs: " + first));
        assertNotEquals(ProcessHandle.current().pid(), daemon.pid());
        assertTrue(ChildJvm.commandLine(daemon).containsAll(List.of("-Xmx512m", "-XX:+UseStringDeduplication")),
                () -> "site.daemon.jvm_options reach the daemon: " + ChildJvm.commandLine(daemon));

        Path edited = content.resolve("editorials/2025/newest.md");
        Files.writeString(edited, Files.readString(edited).replace("\n---\n", "\n---\nA sentence written in the daemon's day.\n\n"));
        ChildJvm.Result second = bakeMain(content, output, "-Dsite.daemon=true");

        assertEquals(0, second.exitCode(), second::toString);
        assertFalse(second.err().contains("Started a bake daemon"), second::toString);
        assertFalse(second.err().contains("baking in this JVM instead"), second::toString);
        assertTrue(second.out().contains("; incremental: "), second::toString);
        assertEquals(daemon.pid(), daemon().orElseThrow().pid(), "the same daemon baked");
        assertTrue(Files.readString(output.resolve("editorials/2025/newest/index.html")).contains("A sentence written in the daemon"));

        Path ownJvm = temp.resolve("own-jvm");
        ChildJvm.Result clean = bakeMain(content, ownJvm, "-Dsite.clean=true");
        assertEquals(0, clean.exitCode(), clean::toString);
        assertEquals(TestSites.snapshot(ownJvm), TestSites.snapshot(output), "the daemon's site is the one a JVM of its own bakes");
        // And by the same means: our rendering tools ahead of JBake's own, found on a class path in the same order.
        assertEquals(pagesRendered(clean), pagesRendered(first), first + "\n" + clean);
    }

    private static String pagesRendered(ChildJvm.Result result) {
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("into (\\d+) pages").matcher(result.out());
        assertTrue(pages.find(), result::toString);
        return pages.group(1);
    }

    @Test
    void aBadFileFailsTheBuildNamingFileAndLineAndKeepsTheLastGoodSite() throws IOException {
        Path content = temp.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        Path output = temp.resolve("site");
        assertEquals(0, bakeMain(content, output, "-Dsite.daemon=true").exitCode());
        Map<String, String> goodSite = TestSites.snapshot(output);
        Path bad = content.resolve("editorials/2025/bad-date.md");
        Files.writeString(bad, "---\ntitle: Bad date\ndate: 2025-13-45\n---\nBody.\n");

        ChildJvm.Result result = bakeMain(content, output, "-Dsite.daemon=true");

        assertNotEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("baking in this JVM instead"), result::toString);
        assertTrue(result.err().lines().anyMatch(line -> line.equals("ERROR " + bad
                + ":3: date must be a calendar date like 2025-07-27, not '2025-13-45'")), result::toString);
        assertEquals(goodSite, TestSites.snapshot(output), "the last good site is left as it was");
        assertTrue(daemon().isPresent(), "the daemon serves on after a failed bake");
    }

    /**
     * The README's way, through Maven, where the bake runs in exec:java's class loader: Maven's JVM bakes, then
     * the daemon a build starts finds every page in the same cache (its code, class path and keys are Maven's).
     */
    @Test
    void mavenAndTheDaemonItStartsShareTheBakeCache() throws Exception {
        socket = temp.resolve("d.sock");
        Path output = temp.resolve("maven-site");

        String inMaven = maven(output, "-Dsite.daemon=false");
        String inDaemon = maven(output, "-Dsite.daemon=true");

        assertFalse(inMaven.contains("bake daemon"), inMaven);
        assertTrue(inDaemon.contains("Started a bake daemon"), inDaemon);
        assertFalse(inDaemon.contains("baking in this JVM instead"), inDaemon);
        assertTrue(daemon().isPresent(), "the daemon that baked still runs: " + inDaemon);
        assertTrue(inDaemon.contains("; incremental: 0 pages rendered, 0 files written, 0 deleted"), inDaemon);
    }

    private String maven(Path output, String daemon) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "maven-", ".log");
        // exec:java@bake is the execution `mvn package` runs (see BakeMainIT).
        Process maven = new ProcessBuilder("mvn", "-o", "-B", "exec:java@bake", daemon, "-Dsite.daemon.socket=" + socket,
                "-Dsite.daemon.idle_minutes=10", "-Dsite.output=" + output, "-Dsite.content=" + TestSites.FIXTURE_CONTENT,
                "-Dsite.images=" + TestSites.FIXTURE_IMAGES)
                .directory(TestSites.PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            maven.destroyForcibly().waitFor();
        }
        String text = Files.readString(log);
        assertEquals(0, maven.exitValue(), text);
        return text;
    }

    @Test
    void stopStopsTheDaemon() {
        Path output = temp.resolve("site");
        assertEquals(0, bakeMain(TestSites.FIXTURE_CONTENT, output, "-Dsite.daemon=true").exitCode());
        ProcessHandle daemon = daemon().orElseThrow();

        ChildJvm.Result stop = bakeMain(TestSites.FIXTURE_CONTENT, output, "-Dsite.daemon=stop");

        assertEquals(0, stop.exitCode(), stop::toString);
        assertTrue(stop.out().contains("Stopped the bake daemon"), stop::toString);
        daemon.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        assertFalse(Files.exists(socket), "the socket is gone");
    }
}
