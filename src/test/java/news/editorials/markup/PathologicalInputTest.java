package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import news.editorials.content.ContentException;
import news.editorials.content.DocumentHeader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated inputs of the kinds that break Markdown parsers (after cmark's pathological tests): each either
 * renders or fails with {@code file:line: ... nested N deep; the limit is M}, never with a Java error, and
 * in well under a second of CPU.
 */
class PathologicalInputTest {
    private static final Path FILE = Path.of("content/editorials/2025/deep.md");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int REPEATS = 1000;
    private final EditorialMarkdownEngine engine = new EditorialMarkdownEngine();

    static Stream<Arguments> tooDeep() {
        return Stream.of(
                Arguments.of("3,000 nested block quotes", ">".repeat(3000) + " deep\n", "block quotes (>) nested 3000 deep; the limit is 16"),
                Arguments.of("block quotes with spaces", "> ".repeat(100) + "deep\n", "block quotes (>) nested 100 deep; the limit is 16"),
                Arguments.of("3,000 lists by indentation", indentedList(3000), "lists nested 17 deep; the limit is 16"),
                Arguments.of("3,000 list markers on a line", "- ".repeat(3000) + "x\n", "lists nested 3000 deep; the limit is 16"),
                Arguments.of("quotes and lists alternating", "> - ".repeat(1000) + "x\n", "block quotes (>) nested 1000 deep; the limit is 16"),
                Arguments.of("3,000 nested emphasis", "*a ".repeat(3000) + "x" + " a*".repeat(3000) + "\n", "emphasis (*, _ or ~~) nested 17 deep; the limit is 16"),
                Arguments.of("3,000 nested strong", "**".repeat(3000) + "a" + "**".repeat(3000) + "\n", "emphasis (*, _ or ~~) nested 3000 deep; the limit is 16"),
                Arguments.of("30,000 emphasis openers never closed", "*a ".repeat(30000) + "\n", "emphasis (*, _ or ~~) nested 17 deep; the limit is 16"),
                Arguments.of("3,000 nested strikethrough", "~~a ".repeat(3000) + "x" + " a~~".repeat(3000) + "\n", "emphasis (*, _ or ~~) nested 17 deep; the limit is 16"),
                Arguments.of("3,000 nested brackets", "[".repeat(3000) + "x" + "]".repeat(3000) + "\n", "brackets ([) nested 17 deep; the limit is 16"),
                Arguments.of("3,000 nested links", "[a ".repeat(3000) + "x" + "](u)".repeat(3000) + "\n", "brackets ([) nested 17 deep; the limit is 16"),
                Arguments.of("30,000 link openers never closed", "[a ".repeat(30000) + "\n", "brackets ([) nested 17 deep; the limit is 16"),
                Arguments.of("link openers and emphasis closers", "[ a_ ".repeat(30000) + "\n", "brackets ([) nested 17 deep; the limit is 16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeep")
    void failsNamingTheDepthAndTheLimit(String name, String body, String message) {
        ContentException e = assertThrows(ContentException.class, () -> timed(() -> render(body)));
        assertTrue(e.describe().matches(java.util.regex.Pattern.quote(FILE.toString()) + ":\\d+: " + java.util.regex.Pattern.quote(message) + ".*"),
                e.describe());
    }

    @Test
    void namesTheLineWhereTheLimitIsPassed() {
        ContentException e = assertThrows(ContentException.class, () -> render("Text.\n\n" + indentedList(100)));
        // Body line 3 holds the first item, so the 17th level is body line 19, file line 25.
        assertEquals(FILE + ":25: lists nested 17 deep; the limit is 16: use fewer levels of list inside list", e.describe());
    }

    /**
     * Constructs that are not nested but make naive parsers slow, each at a size past anything an editor
     * writes in one paragraph (1,000 of them). flexmark 0.64's inline parser is quadratic in the length of a
     * paragraph for some of them (raw tags, unclosed link destinations, backtick runs): at 30,000 repeats these
     * take tens of seconds, a known limit recorded in the README.
     */
    static Stream<Arguments> shallowButLarge() {
        return Stream.of(
                Arguments.of("emphasis closers without openers", "a* ".repeat(REPEATS)),
                Arguments.of("link closers without openers", "a] ".repeat(REPEATS)),
                Arguments.of("mismatched openers and closers", "*a_ ".repeat(REPEATS)),
                Arguments.of("openers and closers in threes", "a**b*c* ".repeat(REPEATS)),
                Arguments.of("unclosed link destinations", "[a](<b".repeat(REPEATS)),
                Arguments.of("unclosed link titles", "[a](b \"".repeat(REPEATS)),
                Arguments.of("backtick runs of every length", backticks(60)),
                Arguments.of("link references", "[a]: /u\n\n" + "[a] ".repeat(REPEATS)),
                Arguments.of("a table of 30 columns and 500 rows", table(30, 500)),
                Arguments.of("autolink candidates", "www.a.b/".repeat(REPEATS)),
                Arguments.of("footnote references without notes", "[^x] ".repeat(REPEATS)),
                Arguments.of("raw tags", "<span>a</span> ".repeat(REPEATS)),
                Arguments.of("one 1 MB line", "word ".repeat(200_000)),
                Arguments.of("1,000 one-line paragraphs of markup", "*a* [b](c) `d` <span>e</span> ~~f~~\n\n".repeat(REPEATS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shallowButLarge")
    void rendersWithinASecond(String name, String body) {
        String html = timed(() -> render(body + "\n"));
        assertFalse(html.isEmpty());
    }

    @Test
    void bakesATenMegabyteEditorial() {
        StringBuilder body = new StringBuilder();
        int paragraph = 0;
        while (body.length() < 10 * 1024 * 1024) {
            body.append("## Section ").append(paragraph).append("\n\nParagraph ").append(paragraph++)
                    .append(" with *emphasis*, a [link](https://example.org/").append(paragraph)
                    .append("), \"quotes\" -- dashes, and ~~struck~~ words: ").append("lorem ipsum dolor ".repeat(40))
                    .append("\n\n");
        }
        EditorialMarkdownEngine.Parsed parsed = engine.parse(FILE, header() + body, DocumentHeader.EDITORIAL, "../../../");
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(parsed.document().getBody());
        assertEquals(paragraph, html.select("h2[id]").size());
        assertEquals("section-" + (paragraph - 1), html.select("h2").last().id());
    }

    @Test
    void justInsideTheLimitsRenders() {
        String body = "> ".repeat(NestingLimits.BLOCK_QUOTES) + "- ".repeat(NestingLimits.LISTS - 1) + "x\n";
        assertTrue(Jsoup.parseBodyFragment(render(body)).select("blockquote").size() == NestingLimits.BLOCK_QUOTES);
    }

    private String render(String body) {
        return engine.parse(FILE, header() + body, DocumentHeader.EDITORIAL, "../../../").document().getBody();
    }

    /** Front matter of six lines: the body starts on line 7. */
    private static String header() {
        return "---\ntitle: Deep\ndate: 2025-01-01\nauthor: A\nsummary: S\n---\n";
    }

    /** Runs the work, failing if it took a second or more of this thread's CPU (wall time varies on a busy machine). */
    static <T> T timed(Supplier<T> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
            assertTrue(millis < 1000, "took " + millis + " ms of CPU");
        }
    }

    private static String indentedList(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i)).append("- x\n");
        }
        return text.toString();
    }

    private static String backticks(int longest) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= longest; n++) {
            text.append("e").append("`".repeat(n));
        }
        return text.toString();
    }

    private static String table(int columns, int rows) {
        StringBuilder text = new StringBuilder("|" + " h |".repeat(columns) + "\n|" + "---|".repeat(columns) + "\n");
        for (int r = 0; r < rows; r++) {
            text.append("|").append(" c |".repeat(columns)).append('\n');
        }
        return text.toString();
    }
}
