package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.editorials.content.ContentException;
import news.editorials.images.ImageLibrary;
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

    record Example(String name, String input, String html, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void engine() {
        engine = new EditorialMarkdownEngine(new ImageLibrary(IMAGES, Path.of("target/test-image-cache"), site, true));
    }

    static List<Example> examples() throws IOException {
        String spec;
        try (InputStream in = EditorialMarkdownSpecTest.class.getResourceAsStream("/markup/spec.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String name = null;
        String section = null;
        String kind = null;
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (String line : (spec + "\n=== end").split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    String want = trimBlankTail(expected);
                    examples.add(new Example(name, trimBlankTail(input),
                            "html".equals(kind) ? want : null, "error".equals(kind) ? want.strip() : null));
                }
                name = line.substring(4);
                section = null;
                kind = null;
                input.setLength(0);
                expected.setLength(0);
            } else if (name != null && List.of("--- input", "--- html", "--- error").contains(line)) {
                section = line.substring(4);
                if (!section.equals("input")) {
                    kind = section;
                }
            } else if ("input".equals(section)) {
                input.append(line).append('\n');
            } else if (section != null) {
                expected.append(line).append('\n');
            }
        }
        return examples;
    }

    private static String trimBlankTail(StringBuilder text) {
        return text.toString().replaceAll("(\n[ \t]*)+$", "") + "\n";
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
            assertEquals(example.html(), engine.renderBody(FILE, 1, input, "../../../"));
        }
    }

    @org.junit.jupiter.api.Test
    void specIsReadWhole() throws IOException {
        List<Example> examples = examples();
        String spec = Files.readString(Path.of("src/test/resources/markup/spec.txt"));
        assertEquals(spec.lines().filter(line -> line.startsWith("=== ")).count(), examples.size());
        assertTrue(examples.stream().allMatch(e -> e.html() != null ^ e.error() != null),
                "every example has either html or an error");
    }
}
