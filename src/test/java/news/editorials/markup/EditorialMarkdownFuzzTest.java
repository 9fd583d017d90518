package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.editorials.content.ContentException;
import news.editorials.content.DocumentHeader;
import news.editorials.images.ImageLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the Markdown engine thousands of random and mutated editorials: each must either parse or fail with
 * a {@code file:line} {@link ContentException}; nothing else may escape, and no input may take a second of
 * CPU. Seeded, so a failure can be replayed ({@code -Dfuzz.seed=N}), and bounded in count
 * ({@code -Dfuzz.inputs}, default 5,000) and in CPU time ({@code -Dfuzz.seconds}, default 20: CPU rather than
 * wall time, so that a machine busy with other builds runs the same inputs, only slower).
 * A failing input is saved under {@code target/fuzz-failures/}.
 */
class EditorialMarkdownFuzzTest {
    private static final Path FILE = Path.of("content/editorials/2025/fuzz.md");
    private static final Pattern LOCATED = Pattern.compile(Pattern.quote(FILE.toString()) + "(:\\d+)?: \\S.*", Pattern.DOTALL);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Pieces editors (and attackers) type: markup that opens, closes, nests and escapes. */
    private static final String[] TOKENS = {"*", "**", "_", "__", "~~", "~", "[", "]", "(", ")", "![", "](", "<", ">",
            "`", "```", "|", "|---|", "-", "--", "---", "#", "## ", "\n", "\n\n", " ", "    ", "\t", "\\", "\"", "'",
            "a", "word", "Zeitgeist", "1. ", "- ", "> ", "[^1]", "[^1]: note", "[x]: /u", "https://example.org/a",
            "www.example.org", "desk@example.org", "<span lang=\"fr\">", "</span>", "<abbr title=\"t\">", "</abbr>",
            "<script>", "<div onclick=x>", "<img src=x onerror=y>", "<!--", "-->", "<?x ?>", "javascript:alert(1)",
            "data:text/html,x", "&amp;", "&#106;", "&#x0;", "\u0000", "\r", "\u2028", "\u202e", "\uD83D\uDE00", "e\u0301",
            "![Chart](/images/harbour.jpg \"Caption\")", "![](/images/harbour.jpg)", "![a](/images/none.png)",
            "[Caption]", "{", "}", ":", "---\n", "title: x\n", "date: 2025-01-01\n"};

    @TempDir
    Path site;

    @Test
    void everyInputParsesOrFailsWithFileAndLine() throws IOException {
        long seed = Long.getLong("fuzz.seed", 20_251_201L);
        long deadline = THREADS.getCurrentThreadCpuTime() + Long.getLong("fuzz.seconds", 20) * 1_000_000_000L;
        int limit = Integer.getInteger("fuzz.inputs", 5_000);
        Random random = new Random(seed);
        EditorialMarkdownEngine engine = new EditorialMarkdownEngine(new ImageLibrary(
                EditorialMarkdownSpecTest.IMAGES, Path.of("target/test-image-cache"), site, true));
        List<String> seeds = seedInputs();
        int tried = 0;
        int parsed = 0;
        while (tried < limit && THREADS.getCurrentThreadCpuTime() < deadline) {
            String body = random.nextBoolean() ? randomText(random) : mutate(seeds.get(random.nextInt(seeds.size())), random);
            // Most inputs get a valid front matter, so the body is what is exercised; some are whole mutated files.
            String file = random.nextInt(10) == 0 ? body : "---\ntitle: Fuzz\ndate: 2025-01-01\n---\n" + body;
            if (tryOne(engine, file, seed, tried)) {
                parsed++;
            }
            tried++;
        }
        System.out.printf("fuzz: seed %d, %d inputs, %d parsed, %d refused with file:line%n", seed, tried, parsed, tried - parsed);
        assertTrue(tried >= 2000, "only " + tried + " inputs in the time allowed");
        assertTrue(parsed > tried / 10 && parsed < tried, "the inputs should include both good and bad text");
    }

    private boolean tryOne(EditorialMarkdownEngine engine, String file, long seed, int index) throws IOException {
        long start = THREADS.getCurrentThreadCpuTime();
        boolean ok;
        try {
            engine.parse(FILE, file, DocumentHeader.EDITORIAL, "../../../");
            ok = true;
        } catch (ContentException e) {
            if (!LOCATED.matcher(e.describe()).matches() || e.getMessage().matches("(?s).*(Exception|Error)\\b.*")) {
                fail(saved(file, seed, index) + ": an error an editor cannot act on: " + e.describe());
            }
            ok = false;
        } catch (Throwable e) {
            throw new AssertionError(saved(file, seed, index) + ": escaped as " + e, e);
        }
        long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (millis >= 1000) {
            fail(saved(file, seed, index) + ": took " + millis + " ms of CPU");
        }
        return ok;
    }

    private static String saved(String input, long seed, int index) throws IOException {
        Path file = Path.of("target/fuzz-failures/seed-" + seed + "-input-" + index + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, input, StandardCharsets.UTF_8);
        return "input " + index + " of seed " + seed + " (saved as " + file + ")";
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 80);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(20) == 0) {
                text.appendCodePoint(random.nextInt(0x3000));
            } else {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
        }
        return text.toString();
    }

    /** Cuts, copies, repeats and swaps pieces of a real input, the way editing mistakes do. */
    private static String mutate(String input, Random random) {
        StringBuilder text = new StringBuilder(input);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int from = random.nextInt(text.length());
            int to = Math.min(text.length(), from + random.nextInt(40));
            switch (random.nextInt(5)) {
                case 0 -> text.delete(from, to);
                case 1 -> text.insert(random.nextInt(text.length() + 1), text.substring(from, to));
                case 2 -> text.insert(from, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> text.insert(from, text.substring(from, to).repeat(1 + random.nextInt(50)));
                default -> text.setCharAt(from, (char) random.nextInt(0x80));
            }
        }
        return text.toString();
    }

    /** The spec's examples and the fixture editorials: real Markdown to mutate. */
    private static List<String> seedInputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (news.editorials.testing.SpecExamples.Example example : EditorialMarkdownSpecTest.examples()) {
            inputs.add(EditorialMarkdownSpecTest.expand(example.input()));
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixture/content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                inputs.add(Files.readString(file));
            }
        }
        return inputs;
    }
}
