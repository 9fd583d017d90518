package news.editorials.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec file in the style of CommonMark's: numbered examples, each an input and one expected outcome.
 *
 * <pre>
 * === 12. A name for the example
 * --- input
 * what goes in
 * --- html            (the output's kind, as the spec names it: html, markdown, ...)
 * what must come out
 * </pre>
 *
 * {@code --- error} in place of the output gives the start of the expected error message. Trailing blank lines
 * of each part are dropped.
 */
public final class SpecExamples {
    /**
     * @param output the expected output, or {@code null} when an error is expected
     * @param error  the expected error's start, or {@code null}
     */
    public record Example(String name, String input, String output, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SpecExamples() {
    }

    /** The examples of a spec on the test classpath, whose outputs are headed {@code --- outputKind}. */
    public static List<Example> read(String resource, String outputKind) {
        return parse(text(resource), outputKind);
    }

    /** The spec's text, for tests that check it was read whole. */
    public static String text(String resource) {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Example> parse(String spec, String outputKind) {
        List<String> headings = List.of("--- input", "--- " + outputKind, "--- error");
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
                            outputKind.equals(kind) ? want : null, "error".equals(kind) ? want.strip() : null));
                }
                name = line.substring(4);
                section = null;
                kind = null;
                input.setLength(0);
                expected.setLength(0);
            } else if (name != null && headings.contains(line)) {
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
}
