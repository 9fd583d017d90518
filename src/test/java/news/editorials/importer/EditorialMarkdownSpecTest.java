package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every numbered example of {@code importer/spec.txt}: raw input in, exact Markdown or error out. */
class EditorialMarkdownSpecTest {
    private static final Pattern BYTE = Pattern.compile("\\{0x([0-9A-Fa-f]{2})\\}");

    record Example(String name, String input, String markdown, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Example> examples() throws IOException {
        String spec;
        try (InputStream in = EditorialMarkdownSpecTest.class.getResourceAsStream("/importer/spec.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String name = null;
        String section = null;
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        String kind = null;
        for (String line : (spec + "\n=== end").split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    String want = trimBlankTail(expected);
                    examples.add(new Example(name, trimBlankTail(input),
                            "markdown".equals(kind) ? want : null, "error".equals(kind) ? want.strip() : null));
                }
                name = line.substring(4);
                section = null;
                input.setLength(0);
                expected.setLength(0);
                kind = null;
            } else if (name != null && line.startsWith("--- ") && !line.equals("--- ")
                    && List.of("--- input", "--- markdown", "--- error").contains(line)) {
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
        String s = text.toString().replaceAll("(\n[ \t]*)+$", "");
        return s + "\n";
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
            assertEquals(example.markdown(), EditorialImporter.convert("input.txt", input, null).markdown());
        }
    }

    @org.junit.jupiter.api.Test
    void specHasAllItsExamples() throws IOException {
        String spec;
        try (InputStream in = EditorialMarkdownSpecTest.class.getResourceAsStream("/importer/spec.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = examples();
        assertEquals(spec.lines().filter(line -> line.startsWith("=== ")).count(), examples.size());
        for (Example example : examples) {
            assertTrue(example.markdown() != null ^ example.error() != null, example + " expects one outcome");
        }
    }
}
