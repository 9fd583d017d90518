package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.editorials.testing.ChildJvm;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bake as the README's {@code mvn package} runs it: {@link BakeMain} in a JVM of its own (exit code,
 * what it prints, where it writes), and once through Maven itself, to show that {@code -Dsite.output=DIR}
 * reaches it.
 */
class BakeMainIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    private ChildJvm.Result bakeMain(Path content, Path output) {
        return ChildJvm.run(List.of("-Dsite.content=" + content, "-Dsite.images=" + TestSites.FIXTURE_IMAGES), BakeMain.class.getName(),
                List.of(TestSites.PROJECT.toString(), output.toString()), TestSites.PROJECT, TIMEOUT);
    }

    @Test
    void bakesIntoTheOutputFolderAndExitsZero() {
        Path output = temp.resolve("site");

        ChildJvm.Result result = bakeMain(TestSites.FIXTURE_CONTENT, output);

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().matches("(?s).*Baked \\d+ documents.* into \\d+ pages in .*"), result::toString);
        assertTrue(Files.isRegularFile(output.resolve("editorials/2025/newest/index.html")));
    }

    @Test
    void aBadFileExitsNonZeroNamingFileAndLineAndKeepsTheLastGoodSite() throws IOException {
        Path content = temp.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        Path output = temp.resolve("site");
        assertEquals(0, bakeMain(content, output).exitCode());
        Map<String, String> goodSite = TestSites.snapshot(output);
        Path bad = content.resolve("editorials/2025/bad-date.md");
        Files.writeString(bad, "---\ntitle: Bad date\ndate: 2025-13-45\n---\nBody.\n");

        ChildJvm.Result result = bakeMain(content, output);

        assertNotEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().lines().anyMatch(line -> line.equals("ERROR " + bad
                        + ":3: date must be a calendar date like 2025-07-27, not '2025-13-45'")), result::toString);
        assertEquals(goodSite, TestSites.snapshot(output), "the last good site is left as it was");
    }

    /** The one Maven run: the bake execution of the pom with {@code -Dsite.output}, as the README gives it. */
    @Test
    void mavenBakesWhereSiteOutputSays() throws Exception {
        Path output = temp.resolve("maven-site");
        Path log = temp.resolve("maven.log");
        // exec:java@bake is the execution `mvn package` runs; invoked alone it reuses the compiled classes,
        // so it neither recompiles nor touches this build's target/ while the tests run.
        // In Maven's JVM even where MAVEN_OPTS asks for the bake daemon (see the README).
        Process maven = new ProcessBuilder("mvn", "-o", "-B", "-q", "exec:java@bake", "-Dsite.daemon=false",
                "-Dsite.output=" + output, "-Dsite.content=" + TestSites.FIXTURE_CONTENT,
                "-Dsite.images=" + TestSites.FIXTURE_IMAGES)
                .directory(TestSites.PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(maven.waitFor(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS), "Maven finished");

        assertEquals(0, maven.exitValue(), () -> readQuietly(log));
        assertTrue(Files.isRegularFile(output.resolve("editorials/2025/newest/index.html")), () -> readQuietly(log));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString())
                    .filter(name -> name.contains("staging")).toList(), "no staging folder left");
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
