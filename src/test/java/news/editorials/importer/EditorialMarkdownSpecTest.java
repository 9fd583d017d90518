package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.editorials.testing.SpecExamples;
import news.editorials.testing.SpecExamples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every numbered example of {@code importer/spec.txt}: raw input in, exact Markdown or error out. */
class EditorialMarkdownSpecTest {
    private static final Pattern BYTE = Pattern.compile("\\{0x([0-9A-Fa-f]{2})\\}");

    static List<Example> examples() {
        return SpecExamples.read("/importer/spec.txt", "markdown");
    }

    /** The input's bytes, with each {@code {0xHH}} as that raw byte. */
    private static byte[] bytes(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = BYTE.matcher(input);
        int last = 0;
        while (m.find()) {
            out.writeBytes(input.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            out.write(Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        out.writeBytes(input.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) throws ImportException {
        byte[] input = bytes(example.input());
        if (example.error() != null) {
            ImportException e = assertThrows(ImportException.class,
                    () -> EditorialImporter.convert("input.txt", input, null));
            assertTrue(e.getMessage().startsWith(example.error()),
                    () -> "expected an error starting\n  " + example.error() + "\nbut got\n  " + e.getMessage());
        } else {
            assertEquals(example.output(), EditorialImporter.convert("input.txt", input, null).markdown());
        }
    }

    @org.junit.jupiter.api.Test
    void specHasAllItsExamples() {
        String spec = SpecExamples.text("/importer/spec.txt");
        List<Example> examples = examples();
        assertEquals(spec.lines().filter(line -> line.startsWith("=== ")).count(), examples.size());
        for (Example example : examples) {
            assertTrue(example.output() != null ^ example.error() != null, example + " expects one outcome");
        }
    }
}
