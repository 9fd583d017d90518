package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import news.editorials.content.ContentException;
import news.editorials.images.ImageLibrary;
import news.editorials.testing.SpecExamples;
import news.editorials.testing.SpecExamples.Example;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every numbered example of {@code markup/spec.txt}, the dialect editors write: Markdown in, exact HTML
 * or the start of the error out.
 */
class EditorialMarkdownSpecTest {
    static final Path FILE = Path.of("example.md");
    static final Path IMAGES = Path.of("src/test/resources/fixture/images");

    @TempDir
    static Path site;
    private static EditorialMarkdownEngine engine;

    @BeforeAll
    static void engine() {
        engine = new EditorialMarkdownEngine(new ImageLibrary(IMAGES, Path.of("target/test-image-cache"), site, true));
    }

    static List<Example> examples() {
        return SpecExamples.read("/markup/spec.txt", "html");
    }

    /** Inputs spell a long run as {@code {N*text}}: the text N times (for nesting limits). */
    static String expand(String input) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)\\*([^}]*)\\}").matcher(input);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    m.group(2).replace("\\n", "\n").repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        String input = expand(example.input());
        if (example.error() != null) {
            ContentException e = assertThrows(ContentException.class,
                    () -> engine.renderBody(FILE, 1, input, "../../../"));
            assertTrue(e.describe().startsWith(example.error()),
                    () -> "expected an error starting\n  " + example.error() + "\nbut got\n  " + e.describe());
        } else {
            assertEquals(example.output(), engine.renderBody(FILE, 1, input, "../../../"));
        }
    }

    @org.junit.jupiter.api.Test
    void specIsReadWhole() {
        List<Example> examples = examples();
        String spec = SpecExamples.text("/markup/spec.txt");
        assertEquals(spec.lines().filter(line -> line.startsWith("=== ")).count(), examples.size());
        assertTrue(examples.stream().allMatch(e -> e.output() != null ^ e.error() != null),
                "every example has either html or an error");
    }
}
