package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.editorials.content.SitePaths;
import news.editorials.content.Slugs;
import news.editorials.importer.EditorialImporter;
import news.editorials.importer.ImportException;
import news.editorials.importer.RawEditorial;
import news.editorials.testing.ContentFiles;
import news.editorials.testing.ContentFiles.ContentFile;
import news.editorials.testing.RawSources;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's real site, with every expectation derived from {@code content/} and the raw sources (kept in
 * test resources, so this runs from the repository alone): every published file has its page and nothing else is
 * published, every series lists all its papers, and every editorial imported from a raw source has its words,
 * notes and note references. Adding an editorial to {@code content/} must never make this fail.
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
    void everyPublishedFileHasItsPageAndNoOtherEditorialIsPublished() {
        List<ContentFile> published = ContentFiles.publishedInProject();
        List<String> missing = published.stream().map(ContentFile::pageFile)
                .filter(file -> !Files.isRegularFile(site.resolve(file))).toList();
        assertEquals(List.of(), missing, "published content without a page");

        Set<String> expected = published.stream().filter(ContentFile::isEditorial).map(ContentFile::pageFile)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> baked = new TreeSet<>(TestSites.files(site, "index.html").stream()
                .filter(path -> path.startsWith("editorials/")).toList());
        assertEquals(expected, baked, "editorial pages are exactly the published editorials");
        assertTrue(baked.size() > 1, "the real site has editorials");
    }

    @Test
    void everySeriesListsEachOfItsPapersInOrder() {
        Map<String, List<ContentFile>> bySeries = new LinkedHashMap<>();
        ContentFiles.publishedInProject().stream().filter(file -> file.header().series() != null)
                .sorted(java.util.Comparator.comparing((ContentFile file) -> file.header().number(),
                        java.util.Comparator.nullsLast(Integer::compare)))
                .forEach(file -> bySeries.computeIfAbsent(file.header().series(), k -> new ArrayList<>()).add(file));
        assertTrue(!bySeries.isEmpty(), "the real site has a series");
        for (Map.Entry<String, List<ContentFile>> series : bySeries.entrySet()) {
            List<String> expected = series.getValue().stream()
                    .map(file -> "No. " + file.header().number() + ": " + file.header().title()).toList();
            assertEquals(expected, seriesListing(SitePaths.series(Slugs.slugify(series.getKey()))), series.getKey());
            for (ContentFile paper : series.getValue()) {
                String position = "No. " + paper.header().number() + " of " + series.getValue().size();
                assertTrue(page(site, paper.pageFile()).selectFirst("main").text().contains(position),
                        paper.pageFile() + " says " + position);
            }
        }
    }

    /** The headings of a paginated listing, over all its pages (following rel=next). */
    private static List<String> seriesListing(String url) {
        List<String> headings = new ArrayList<>();
        String path = SitePaths.file(url);
        while (path != null) {
            Document listing = page(site, path);
            headings.addAll(listing.select("main h2").eachText());
            Element next = listing.selectFirst(".ed-pager a[rel=next]");
            path = next == null ? null : Path.of(path).getParent().resolve(next.attr("href")).normalize() + "/index.html";
        }
        return headings;
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

    static Stream<Path> rawSources() {
        return RawSources.all().stream();
    }

    /**
     * The page of the editorial imported from {@code source} has the source's words, its notes, and each
     * note reference leads to the note the source's marker names. Where the editorial is in {@code content/}
     * is what the importer says for the source.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rawSources")
    void editorialImportedFromARawSourceHasItsWordsAndNotes(Path source) throws IOException, ImportException {
        EditorialImporter.Conversion conversion = EditorialImporter.convert(source);
        String contentFile = conversion.relativePath().toString().replace('\\', '/');
        ContentFile published = ContentFiles.publishedInProject().stream()
                .filter(file -> file.relativePath().equals(contentFile)).findFirst()
                .orElseGet(() -> fail(RawSources.name(source) + " imports to content/" + contentFile
                        + ", which is not a published file"));
        Document page = page(site, published.pageFile());
        RawEditorial raw = conversion.editorial();
        // The raw text from the first paragraph on, read here rather than taken from the parser's paragraphs,
        // so that a paragraph the parser lost would still count.
        List<String> lines = Files.readAllLines(source);
        String[] parts = String.join("\n", lines.subList(raw.paragraphs().get(0).line() - 1, lines.size()))
                .split("\n---\n", 2);
        Map<String, String> rawNotes = new LinkedHashMap<>();
        raw.notes().forEach(note -> rawNotes.put(note.label(), note.text()));

        Element prose = prose(page);
        Elements bakedNotes = prose.select(".footnotes li");
        prose.select(".footnotes").remove();
        String name = RawSources.name(source);
        assertEquals(words(withoutMarkers(parts[0], rawNotes.keySet())), words(prose.text()), "body of " + name);
        assertEquals(rawNotes.values().stream().map(RealSiteIT::words).sorted(java.util.Comparator.comparing(List::toString)).toList(),
                bakedNotes.stream().map(note -> words(noteText(note))).sorted(java.util.Comparator.comparing(List::toString)).toList(),
                "notes of " + name);
        assertEquals(markerTargets(parts[0], rawNotes), referenceTargets(page), "each reference's note in " + name);
    }

    /** For each marker of the raw text, in order, the words of the note it names. */
    private static List<List<String>> markerTargets(String rawBody, Map<String, String> rawNotes) {
        List<List<String>> targets = new ArrayList<>();
        Matcher marker = MARKER.matcher(rawBody);
        while (marker.find()) {
            if (rawNotes.containsKey(marker.group(1))) {
                targets.add(words(rawNotes.get(marker.group(1))));
            }
        }
        return targets;
    }

    /** For each note reference of the page, in order, the words of the note its link leads to. */
    private static List<List<String>> referenceTargets(Document page) {
        List<List<String>> targets = new ArrayList<>();
        for (Element reference : page.select(".ed-prose a.footnote-ref")) {
            String href = reference.attr("href");
            assertTrue(href.startsWith("#"), "an in-page link: " + href);
            Element note = page.getElementById(href.substring(1));
            assertTrue(note != null && note.parents().stream().anyMatch(p -> p.hasClass("footnotes")),
                    href + " leads to a note");
            targets.add(words(noteText(Objects.requireNonNull(note))));
        }
        return targets;
    }

    private static final Pattern MARKER = Pattern.compile("\\((E?\\d{1,3})\\)");

    private static String withoutMarkers(String text, Set<String> labels) {
        return MARKER.matcher(text).replaceAll(m -> labels.contains(m.group(1)) ? " " : Matcher.quoteReplacement(m.group()));
    }

    /** A note's text without its back-link. */
    private static String noteText(Element note) {
        Element copy = note.clone();
        copy.select("a.footnote-backref").remove();
        return copy.text();
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
