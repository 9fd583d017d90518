package news.editorials.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The raw texts kept under {@code src/test/resources} that editorials in {@code content/} were imported from:
 * every {@code .txt} in the corpus folders ({@code corpus/<collection>/}) and the seed folder. A maintainer who
 * imports another raw text and wants it checked word for word drops it here.
 */
public final class RawSources {
    public static final Path ROOT = TestSites.PROJECT.resolve("src/test/resources");

    private RawSources() {
    }

    /** Every raw source file, sorted. */
    public static List<Path> all() {
        try (Stream<Path> corpus = Files.walk(ROOT.resolve("corpus"));
             Stream<Path> seed = Files.walk(ROOT.resolve("seed"))) {
            return Stream.concat(corpus, seed)
                    .filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A readable name for test reports: {@code corpus/federalist/10.txt}. */
    public static String name(Path source) {
        return ROOT.relativize(source).toString().replace('\\', '/');
    }
}
