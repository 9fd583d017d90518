package news.editorials.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with this test run's class path, the way a maintainer's command runs it:
 * its own JVM state (class initialisation, hash seeds, default locale), its own exit code.
 *
 * <pre>{@code
 * ChildJvm.Result result = ChildJvm.run(List.of("-Dsite.quiet=true"), "news.editorials.bake.BakeMain",
 *         List.of(project.toString(), output.toString()), project, Duration.ofMinutes(2));
 * }</pre>
 */
public final class ChildJvm {
    /** What the child left behind: its exit code and everything it printed. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private ChildJvm() {
    }

    /**
     * Runs {@code mainClass} with {@code args} in {@code workingDir}; fails (and kills the child) after
     * {@code timeout}.
     */
    public static Result run(List<String> jvmOptions, String mainClass, List<String> args, Path workingDir,
                             Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same options as Maven's JVM uses for the bake (.mvn/jvm.config): quick to start on few cores.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Path out = Files.createTempFile("child-jvm-", ".out");
            Path err = Files.createTempFile("child-jvm-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                // Run as from a shell, not as part of the Maven build running the tests (BakeMain reads it).
                builder.environment().remove("MAVEN_CMD_LINE_ARGS");
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("the child JVM ran longer than " + timeout + ": " + command
                            + "\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A process's command line, from /proc where there is one: {@code ProcessHandle.Info} cuts a long one short. */
    public static List<String> commandLine(ProcessHandle process) {
        Path commandLine = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            return java.util.Arrays.asList(Files.readString(commandLine, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException notLinux) {
            return java.util.Arrays.asList(process.info().commandLine().orElse("").split("\\s+"));
        }
    }
}
