package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's real site: the seed editorial and the 85 Federalist papers, each page's words checked
 * against its raw source text (kept in test resources, so this runs without ../shared).
 */
class RealSiteIT {
    private static final Path RAW = TestSites.PROJECT.resolve("src/test/resources");
    private static final String SEED_PAGE = "editorials/2025/pakistan-us-cooperation/index.html";
    private static Path site;

    @BeforeAll
    static void bake() {
        site = TestSites.realSite();
    }

    @Test
    void publishesTheSeedAndEightyFivePapers() {
        assertEquals(86, TestSites.files(site, "index.html").stream().filter(path -> path.startsWith("editorials/")).count());
        Document series = page(site, "series/the-federalist/index.html");
        assertEquals("No. 1: General Introduction", series.selectFirst("main h2").text());
        // The series listing is paginated: count the papers over all its pages, following rel=next.
        int papers = 0;
        String path = "series/the-federalist/index.html";
        while (path != null) {
            Document listing = page(site, path);
            papers += listing.select("main h2").size();
            org.jsoup.nodes.Element next = listing.selectFirst(".ed-pager a[rel=next]");
            path = next == null ? null : java.nio.file.Path.of(path).getParent().resolve(next.attr("href")).normalize() + "/index.html";
        }
        assertEquals(85, papers);
    }

    @Test
    void seedPageShowsItsTitleAndCalendarDateUnsigned() {
        Document page = page(site, SEED_PAGE);
        assertEquals("Pakistan-US cooperation", page.selectFirst("h1").text());
        assertEquals("2025-07-27", page.selectFirst("main time").attr("datetime"));
        assertEquals("27 July 2025", page.selectFirst("main time").text());
        assertTrue(page.selectFirst(".ed-meta").text().contains("Editorial"));
    }

    @Test
    void seedPageHasTheRepairedTypography() {
        String text = prose(page(site, SEED_PAGE)).text();
        assertTrue(text.contains("Mr Trump\u2019s gesture"), "typographic apostrophe");
        assertTrue(text.contains("\u201cWe reaffirmed our commitment"), "typographic quotes");
        assertTrue(text.contains("several issues \u2014 trade, investment"), "restored dash");
        assertTrue(text.contains("critical minerals sector \u2014 an area of growing strategic interest"));
        assertTrue(text.contains("high-level diplomatic momentum"));
        assertTrue(!text.contains("`"), "no backticks left");
        assertEquals(5, prose(page(site, SEED_PAGE)).select("p").size());
    }

    @Test
    void seedPageWordsEqualTheSeedsWords() throws IOException {
        List<String> raw = Files.readAllLines(RAW.resolve("seed/000_0fc80d03cd7aa042.txt"));
        // Line 1 is page chrome, then the title, a blank line and the date: the body starts after the date.
        int date = raw.indexOf("2025-07-27");
        String body = String.join("\n", raw.subList(date + 1, raw.size()));
        assertEquals(words(body), words(prose(page(site, SEED_PAGE)).text()));
    }

    static Stream<Integer> paperNumbers() {
        return IntStream.rangeClosed(1, 85).boxed();
    }

    @ParameterizedTest(name = "Federalist No. {0}")
    @MethodSource("paperNumbers")
    void paperPageWordsEqualTheRawPaper(int number) throws IOException {
        String raw = Files.readString(RAW.resolve("corpus/federalist/%02d.txt".formatted(number)));
        String[] parts = raw.substring(raw.indexOf("\n\n") + 2).split("\n---\n", 2);
        Document page = paperPage(number);
        Element prose = prose(page);
        Elements notes = prose.select(".footnotes li");
        notes.remove();
        prose.select(".footnotes").remove();

        assertEquals(words(parts[0].replaceAll("\\((E?\\d+)\\)", " ")), words(prose.text()), "body of paper " + number);
        // Notes are listed in the order they are first referred to, which need not be the source's order.
        List<List<String>> rawNotes = parts.length < 2 ? List.of() : parts[1].strip().lines()
                .filter(line -> !line.isBlank())
                .map(line -> words(line.replaceFirst("^E?\\d+\\.? ", "")))
                .sorted(Comparator.comparing(List::toString)).toList();
        List<List<String>> bakedNotes = notes.stream().map(note -> words(note.text()))
                .sorted(Comparator.comparing(List::toString)).toList();
        assertEquals(rawNotes, bakedNotes, "notes of paper " + number);
        assertTrue(page.selectFirst("main").text().contains("No. " + number + " of 85"));
    }

    private static Document paperPage(int number) throws IOException {
        try (Stream<Path> years = Files.list(site.resolve("editorials"))) {
            for (Path year : years.toList()) {
                try (Stream<Path> pages = Files.list(year)) {
                    for (Path folder : pages.toList()) {
                        if (folder.getFileName().toString().startsWith("federalist-" + number + "-")) {
                            return page(site, site.relativize(folder.resolve("index.html")).toString());
                        }
                    }
                }
            }
        }
        throw new AssertionError("no page for Federalist No. " + number);
    }

    /** The article body without footnote reference numbers and back-links, which are not words of the text. */
    private static Element prose(Document page) {
        Element prose = page.selectFirst(".ed-prose").clone();
        prose.select("sup, a.footnote-backref").remove();
        return prose;
    }

    /**
     * Words, case and typography aside: dashes separate words, a hyphen joins them ("highlevel" and
     * "high-level" are one word), quotes and other punctuation vanish.
     */
    static List<String> words(String text) {
        String normalised = text.toLowerCase()
                .replaceAll("--+|[\u2013\u2014]", " ")
                .replaceAll("[-\u2010\u2011]", "")
                .replaceAll("['\u2018\u2019`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return Arrays.asList(normalised.split(" "));
    }
}
