package news.editorials.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.editorials.testing.ChildJvm;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview as the README starts it, {@code mvn -q compile exec:exec@serve} with its options in
 * {@code -Dserve.args}: it runs in a JVM of its own with the pom's {@code preview.jvm.options}, serves the
 * site, and stops with Maven.
 */
class ServeMainIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern SERVING = Pattern.compile("Serving the preview .* at (http://\\S+);");

    @TempDir
    Path temp;

    @Test
    void mavenStartsThePreviewInItsOwnJvmAndStopsItOnTheWayOut() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("editorials/2025"));
        // Every page links to the about page.
        Files.copy(TestSites.PROJECT.resolve("content/about.md"), content.resolve("about.md"));
        Files.writeString(content.resolve("editorials/2025/served-through-maven.md"),
                "---\ntitle: Served through Maven\ndate: 2025-03-04\n---\nA body.\n");
        Path preview = temp.resolve("preview");
        // exec:exec@serve alone reuses this build's compiled classes: nothing in target/ changes under the tests.
        // exec.timeout: should this test's JVM be killed, Maven still ends the preview within ten minutes.
        Process maven = new ProcessBuilder("mvn", "-o", "-B", "-q", "exec:exec@serve", "-Dexec.timeout=600000",
                "-Dserve.args=--port 0 --content-dir " + content + " --output " + preview)
                .directory(TestSites.PROJECT.toFile()).redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        CompletableFuture<URI> served = CompletableFuture.supplyAsync(() -> awaitServing(maven, log));
        List<ProcessHandle> started = List.of();
        try {
            URI uri;
            try {
                uri = served.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the preview did not start in " + TIMEOUT + ":\n" + log, e);
            }
            assertNotNull(uri, log::toString);

            HttpResponse<String> home = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode(), log::toString);
            assertTrue(home.body().contains("Served through Maven"), home::body);

            started = maven.descendants().toList();
            ProcessHandle previewJvm = started.stream()
                    .filter(process -> ChildJvm.commandLine(process).contains(ServeMain.class.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError("no child JVM runs ServeMain:\n" + log));
            List<String> words = ChildJvm.commandLine(previewJvm);
            for (String option : pomProperty("preview.jvm.options").split("\\s+")) {
                assertTrue(words.contains(option), () -> "the preview's JVM lacks " + option + ": " + words);
            }

            maven.destroy();
            assertTrue(maven.waitFor(30, TimeUnit.SECONDS), "Maven stopped");
            try {
                previewJvm.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("the preview's JVM outlived Maven");
            }
        } finally {
            // Never leave a preview behind, even when it outlived Maven (then it is no descendant any more).
            started.forEach(ProcessHandle::destroyForcibly);
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
    }

    /** Reads Maven's output until the preview says where it serves; null if Maven ends first. */
    private static URI awaitServing(Process maven, StringBuffer log) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.append(line).append('\n');
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    // Keep reading, so that the preview never blocks on a full pipe.
                    Thread drain = new Thread(() -> {
                        try {
                            lines.lines().forEach(rest -> { });
                        } catch (UncheckedIOException gone) {
                            // Maven has ended.
                        }
                    }, "maven-output");
                    drain.setDaemon(true);
                    drain.start();
                    return URI.create(serving.group(1));
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String pomProperty(String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(
                Files.readString(TestSites.PROJECT.resolve("pom.xml")));
        assertTrue(value.find(), "pom.xml sets " + name);
        return value.group(1).trim();
    }
}
