package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.testing.ChildJvm;
import news.editorials.testing.RawSources;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes, across runs: every raw source imported by the real command in two separate JVMs
 * gives byte-identical files. The second JVM differs in everything that could leak into the output: a
 * Turkish default locale (where "I".toLowerCase() is a dotless ı), a time zone fourteen hours ahead of UTC,
 * a Latin-1 default charset, and constant identity hash codes (so any order taken from a hash of objects
 * changes).
 */
class ImportDeterminismIT {
    @TempDir
    Path temp;

    @Test
    void twoJvmsImportEveryRawSourceToTheSameBytes() throws IOException {
        Path first = importInChildJvm(temp.resolve("first"), List.of());
        Path second = importInChildJvm(temp.resolve("second"), List.of("-Duser.language=tr", "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1",
                "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"));

        List<String> files = files(first);
        assertEquals(RawSources.all().size(), files.size(), "one file per raw source");
        assertEquals(files, files(second), "the same file names");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    private static Path importInChildJvm(Path contentDir, List<String> jvmOptions) {
        List<String> args = new ArrayList<>(List.of("--content-dir", contentDir.toString()));
        RawSources.all().forEach(source -> args.add(source.toString()));
        ChildJvm.Result result = ChildJvm.run(jvmOptions, "news.editorials.cli.ImportMain", args, TestSites.PROJECT,
                Duration.ofMinutes(2));
        assertEquals(0, result.exitCode(), result::toString);
        return contentDir;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString()).sorted().toList();
        }
    }
}
