package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import news.editorials.content.FrontMatter;
import news.editorials.content.Slugs;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escaping, as a property: whatever text an editor puts in the front matter, every baked page has the same
 * DOM shape (the same elements with the same attribute names, in the same order) as with plain words, the
 * text comes out as the same text, and the feed, sitemap and every JSON file and JSON-LD block still parse.
 *
 * <p>A small site (three editorials, two in a series, and a page) is baked once with plain values and once
 * per case with hostile ones: first one case per class of hostile input (every field gets it), then seeded
 * random mixes of them. Characters that no page or feed can carry fail the bake, naming file and line.
 */
class HostileFrontMatterIT {
    /** The front-matter fields that reach the pages; a new one is one line here. */
    private static final List<Field> FIELDS = List.of(
            Field.text("title"),
            Field.text("author"),
            Field.text("summary"),
            Field.list("topics"),
            Field.text("series"),
            Field.text("publication"),
            Field.text("source"));

    /** Classes of hostile input, by name (the name is the test's display name). */
    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("html metacharacters", "<b>bold</b> & <i>x</i> <p>para");
        HOSTILE.put("quotes", "\"double\" 'single' `back` \u201Ccurly\u201D");
        HOSTILE.put("attribute breakout", "\" onmouseover=\"alert(1)\" x='");
        HOSTILE.put("script end", "</script><script>alert(1)</script>");
        HOSTILE.put("markup that closes raw text", "</title></textarea></style><img src=x onerror=alert(1)>");
        HOSTILE.put("comment", "<!-- open comment --> -->");
        HOSTILE.put("cdata end", "]]> <![CDATA[ x ]]>");
        HOSTILE.put("javascript url", "javascript:alert(1)");
        HOSTILE.put("entities", "&amp; &lt; &#0; &#x110000; &nbsp");
        HOSTILE.put("line and paragraph separators", "a\u2028b\u2029c");
        HOSTILE.put("bidi overrides", "\u202Eevil\u202C \u2066isolate\u2069 \u200F");
        HOSTILE.put("emoji", "\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEC\uD83C\uDDE7");
        HOSTILE.put("combining marks", "Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303go e\u0301");
        HOSTILE.put("template syntax", "${config.site_title} <#-- x --> #{1} [#if x]");
        HOSTILE.put("markdown syntax", "*em* [link](javascript:alert(1)) `code` <https://example.org>");
        HOSTILE.put("json and yaml syntax", "{\"a\": [1, \"b\\\"\"]} key: value # not a comment \\u0041 \\");
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int RANDOM_CASES = 12;
    private static final long SEED = 20251201L;

    private static Path plainSite;
    private static Map<String, String> plainShapes;

    @BeforeAll
    static void bakePlainSite(@TempDir Path temp) throws IOException {
        plainSite = bake(temp, new Values(value -> ""));
        plainShapes = shapes(plainSite, Map.of());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        HOSTILE.forEach((name, text) -> cases.add(Arguments.of(name, new Values(label -> text))));
        Random random = new Random(SEED);
        List<String> samples = List.copyOf(HOSTILE.values());
        for (int i = 0; i < RANDOM_CASES; i++) {
            long seed = random.nextLong();
            Random values = new Random(seed);
            cases.add(Arguments.of("random mix, seed " + seed, new Values(label -> IntStream.range(0, 1 + values.nextInt(3))
                    .mapToObj(n -> samples.get(values.nextInt(samples.size())))
                    .collect(Collectors.joining(" ")))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPageKeepsItsShapeAndEveryDataFileParses(String name, Values values, @TempDir Path temp) throws Exception {
        Path site = bake(temp, values);

        Map<String, String> shapes = shapes(site, values.slugsToPlain());
        assertEquals(plainShapes.keySet(), shapes.keySet(), "the same pages");
        for (String page : plainShapes.keySet()) {
            assertEquals(plainShapes.get(page), shapes.get(page), page + ": elements and attribute names");
        }
        String title = values.get("first", "title");
        assertEquals(title, TestSites.page(site, "editorials/2025/first/index.html").selectFirst("h1").wholeText(),
                "the title reads as it was written");

        org.w3c.dom.Document feed = parseXml(site.resolve("feed.xml"));
        org.w3c.dom.Element entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(title, entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent(), "the feed's first entry title");
        parseXml(site.resolve("sitemap.xml"));
        ObjectMapper json = new ObjectMapper();
        for (String file : TestSites.files(site, ".json")) {
            json.readTree(site.resolve(file).toFile());
        }
        for (String page : TestSites.files(site, ".html")) {
            for (Element block : TestSites.page(site, page).select("script[type=application/ld+json]")) {
                json.readTree(block.data());
            }
        }
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x0B, 0x0C, 0x1F, 0xFFFE})
    void aCharacterNoPageCanCarryFailsTheBakeWithFileAndLine(int forbidden, @TempDir Path temp) throws IOException {
        String escape = String.format("\\u%04X", forbidden);
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("editorials/2025"));
        Files.writeString(content.resolve("editorials/2025/bad.md"),
                "---\ntitle: Fine\ndate: 2025-01-02\nauthor: \"Jane " + escape + " Doe\"\n---\nText.\n");
        Files.writeString(content.resolve("editorials/2025/raw.md"),
                "---\ntitle: Fine\ndate: 2025-01-03\n---\nText.\n\nMore " + Character.toString(forbidden) + " text.\n");

        BakeException failure = assertThrows(BakeException.class,
                () -> TestSites.bake(BakeRequest.of(TestSites.PROJECT, temp.resolve("site")).withContentDir(content)));
        String name = String.format("U+%04X", forbidden);
        assertTrue(failure.problems().stream().anyMatch(p -> p.matches(".*editorials/2025/bad\\.md:4: 'author' contains "
                + "\\Q" + name + "\\E .*")), failure.problems().toString());
        assertTrue(failure.problems().stream().anyMatch(p -> p.matches(".*editorials/2025/raw\\.md:7: column 6 contains "
                + "\\Q" + name + "\\E .*")), failure.problems().toString());
        assertTrue(Files.notExists(temp.resolve("site")), "nothing written");
    }

    /** Each page's skeleton (tag and attribute names of every element, in order), by its path with plain slugs. */
    private static Map<String, String> shapes(Path site, Map<String, String> slugsToPlain) {
        Map<String, String> shapes = new TreeMap<>();
        for (String path : TestSites.files(site, ".html")) {
            String plainPath = Stream.of(path.split("/")).map(s -> slugsToPlain.getOrDefault(s, s)).collect(Collectors.joining("/"));
            Document page = TestSites.page(site, path);
            StringBuilder skeleton = new StringBuilder();
            for (Element element : page.getAllElements()) {
                skeleton.append(element.tagName()).append(element.attributes().asList().stream()
                        .map(Attribute::getKey).sorted().collect(Collectors.joining(",", "[", "]\n")));
            }
            shapes.put(plainPath, skeleton.toString());
        }
        return shapes;
    }

    private static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Bakes the small site with {@code values} in every field. */
    private static Path bake(Path temp, Values values) throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("editorials/2025"));
        Files.createDirectories(content.resolve("editorials/2024"));
        write(content.resolve("editorials/2025/first.md"), values.frontMatter("first", "2025-03-02", 1));
        write(content.resolve("editorials/2025/second.md"), values.frontMatter("second", "2025-02-01", 2));
        write(content.resolve("editorials/2024/third.md"), values.frontMatter("third", "2024-05-06", 0));
        write(content.resolve("about.md"), "---\ntitle: " + FrontMatter.quote(values.get("about", "title")) + "\n---\n");
        return TestSites.bake(BakeRequest.of(TestSites.PROJECT, temp.resolve("site")).withContentDir(content)).outputDir();
    }

    private static void write(Path file, String frontMatter) throws IOException {
        Files.writeString(file, frontMatter + "A paragraph of plain text.[^1]\n\n[^1]: A note.\n", StandardCharsets.UTF_8);
    }

    /** A front-matter field and whether it holds a list. */
    private record Field(String key, boolean isList) {
        static Field text(String key) {
            return new Field(key, false);
        }

        static Field list(String key) {
            return new Field(key, true);
        }
    }

    /**
     * The values of one case: a fixed plain label per field (so slugs never come out empty and two topics
     * never merge) with the hostile text inside it. Topics and the series are shared between files, as on a
     * real site, so they get one value per case; the rest one per file and field.
     */
    static final class Values {
        private final java.util.function.Function<String, String> hostile;
        private final Map<String, String> chosen = new LinkedHashMap<>();

        Values(java.util.function.Function<String, String> hostile) {
            this.hostile = hostile;
        }

        /** The value for {@code file}'s {@code key}, e.g. "Title first <b>x</b> end". */
        String get(String file, String key) {
            boolean shared = key.startsWith("topics") || key.equals("series");
            String label = (shared ? "" : file + " ") + key;
            return chosen.computeIfAbsent(label, l -> {
                String text = hostile.apply(l);
                String plain = Character.toUpperCase(l.charAt(0)) + l.substring(1);
                return text.isEmpty() ? plain : plain + " " + text + " end";
            });
        }

        String frontMatter(String file, String date, int number) {
            StringBuilder out = new StringBuilder("---\ndate: " + date + "\n");
            for (Field field : FIELDS) {
                if (field.key().equals("series") && number == 0) {
                    continue;
                }
                if (field.isList()) {
                    out.append(field.key()).append(":\n");
                    for (String item : List.of(field.key() + " one", field.key() + " two")) {
                        out.append("  - ").append(FrontMatter.quote(get(file, item))).append('\n');
                    }
                } else {
                    out.append(field.key()).append(": ").append(FrontMatter.quote(get(file, field.key()))).append('\n');
                }
            }
            if (number > 0) {
                out.append("number: ").append(number).append('\n');
            }
            return out.append("---\n").toString();
        }

        /** Slugs of shared values (topics, series) mapped to the slugs their plain labels have. */
        Map<String, String> slugsToPlain() {
            Map<String, String> slugs = new LinkedHashMap<>();
            chosen.forEach((label, value) -> slugs.put(Slugs.slugify(value),
                    Slugs.slugify(Character.toUpperCase(label.charAt(0)) + label.substring(1))));
            return slugs;
        }

        @Override
        public String toString() {
            return chosen.toString();
        }
    }
}
