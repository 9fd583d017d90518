package news.editorials.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.editorials.bake.BakeReport;
import news.editorials.bake.BakeRequest;
import news.editorials.bake.SiteBaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sites baked once per test JVM and shared by the tests that read them: the small fixture site (every page
 * type, edge cases, with its own images) and the real site (the project's own content). Both use the
 * project's real templates, assets and {@code jbake.properties}.
 */
public final class TestSites {
    /** Maven runs tests from the project folder. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path FIXTURE_CONTENT = PROJECT.resolve("src/test/resources/fixture/content");
    /** The fixture site's images, in place of the project's {@code assets/images/}. */
    public static final Path FIXTURE_IMAGES = PROJECT.resolve("src/test/resources/fixture/images");
    public static final String SITE_HOST = "https://editorials.example.org/";

    private static Path fixture;
    private static Path real;

    private TestSites() {
    }

    /** The fixture site, baked on first use. */
    public static synchronized Path fixtureSite() {
        if (fixture == null) {
            fixture = bake(fixtureRequest(PROJECT.resolve("target/test-sites/fixture"))).outputDir();
        }
        return fixture;
    }

    /** A bake of the fixture content and images into {@code output}. */
    public static BakeRequest fixtureRequest(Path output) {
        return BakeRequest.of(PROJECT, output).withContentDir(FIXTURE_CONTENT).withImagesDir(FIXTURE_IMAGES);
    }

    /** The project's real site, baked on first use. */
    public static synchronized Path realSite() {
        if (real == null) {
            real = bake(BakeRequest.of(PROJECT, PROJECT.resolve("target/test-sites/real"))).outputDir();
        }
        return real;
    }

    public static BakeReport bake(BakeRequest request) {
        return SiteBaker.bake(request);
    }

    /** Every HTML page of the fixture site and of the real site, as test arguments (site name, site, page). */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyPageOfBothSites() {
        Path fixture = fixtureSite();
        Path real = realSite();
        return java.util.stream.Stream.concat(
                files(fixture, ".html").stream().map(page -> org.junit.jupiter.params.provider.Arguments.of("fixture", fixture, page)),
                files(real, ".html").stream().map(page -> org.junit.jupiter.params.provider.Arguments.of("real", real, page)));
    }

    /** Parses a page of a baked site, given its path inside the site (e.g. {@code "topics/index.html"}). */
    public static Document page(Path site, String path) {
        try {
            Path file = site.resolve(path);
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A project in {@code dir} to change freely: copies of the real templates, assets and settings, with a
     * copy of {@code content}.
     */
    public static Path copyProject(Path dir, Path content) {
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), dir.resolve("assets"));
        copyTree(content, dir.resolve("content"));
        try {
            Files.copy(PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A copy of the project baking the fixture site: its content, and its figures where a project keeps images. */
    public static Path copyFixtureProject(Path dir) {
        copyProject(dir, FIXTURE_CONTENT);
        copyTree(FIXTURE_IMAGES, dir.resolve("assets/images"));
        return dir;
    }

    /** Every file of a site with its bytes (as ISO-8859-1 text, so a difference prints), to tell whether anything changed. */
    public static Map<String, String> snapshot(Path site) {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(path).toString(),
                        new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder tree (a project's templates, a content folder) into {@code to}. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the project's templates, assets and {@code jbake.properties} in {@code dir}, with some
     * properties set to other values (replaced in place: a repeated key would become a list).
     */
    public static Path projectCopy(Path dir, Map<String, String> properties) {
        copyTree(PROJECT.resolve("templates"), dir.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), dir.resolve("assets"));
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(PROJECT.resolve("jbake.properties")));
            Map<String, String> missing = new java.util.LinkedHashMap<>(properties);
            lines.replaceAll(line -> {
                int equals = line.indexOf('=');
                String key = equals > 0 && !line.startsWith("#") ? line.substring(0, equals).strip() : null;
                String value = key == null ? null : missing.remove(key);
                return value == null ? line : key + "=" + value;
            });
            missing.forEach((key, value) -> lines.add(key + "=" + value));
            Files.write(dir.resolve("jbake.properties"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Every file of a baked site with the given ending, as site-relative paths. */
    public static List<String> files(Path site, String ending) {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(ending))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
