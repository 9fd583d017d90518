package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import news.editorials.content.ContentException;
import news.editorials.content.DocumentHeader;
import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EditorialMarkdownEngineTest {
    private static final Path FILE = Path.of("content/editorials/2025/x.md");
    private final EditorialMarkdownEngine engine = new EditorialMarkdownEngine();

    private DocumentModel parse(String text) {
        return engine.parse(FILE, text, DocumentHeader.EDITORIAL).document();
    }

    private static Document body(DocumentModel document) {
        return Jsoup.parseBodyFragment(document.getBody());
    }

    @Test
    void joinsLinesOfAParagraphWithoutHardBreaks() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\nOne line\nand the next.\n");
        assertTrue(body(document).select("br").isEmpty());
        assertEquals("One line and the next.", body(document).selectFirst("p").text());
    }

    @Test
    void setsQuotesAndDashes() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\n\"Quoted\" -- it's so --- said.\n");
        assertEquals("\u201cQuoted\u201d \u2013 it\u2019s so \u2014 said.", body(document).selectFirst("p").text());
    }

    @Test
    void linksFootnotesToTheirNotes() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\nClaim.[^1]\n\n[^1]: The note.\n");
        Document html = body(document);
        String target = html.selectFirst("sup a").attr("href").substring(1);
        assertEquals("The note.", html.getElementById(target).selectFirst("p").text());
    }

    @Test
    void summarisesTheFirstParagraphAsPlainText() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\n*First* \"para\".[^1]\n\nSecond.\n\n[^1]: Note.\n");
        assertEquals("First \u201cpara\u201d.", document.get("summary"));
    }

    @Test
    void passesOverASalutationWhenSummarising() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\nTo the People of the State of New York:\n\nThe argument.\n");
        assertEquals("The argument.", document.get("summary"));
    }

    @Test
    void prefersTheSummaryGivenInFrontMatter() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\nsummary: Given.\n---\nBody.\n");
        assertEquals("Given.", document.get("summary"));
    }

    @Test
    void shortensLongSummariesAtAWord() {
        String summary = EditorialMarkdownEngine.shorten("word ".repeat(100).strip());
        assertTrue(summary.length() <= 281, summary);
        assertTrue(summary.endsWith("word\u2026"), summary);
    }

    @Test
    void exposesCalendarDateFieldsForTemplates() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\ntopics: [Foreign policy]\nseries: The Federalist\nnumber: 10\n---\nBody.\n");
        assertEquals("2025-07-27", document.get("date_iso"));
        assertEquals("27 July 2025", document.get("date_display"));
        assertEquals("2025", document.get("year"));
        assertEquals(Date.from(java.time.Instant.parse("2025-07-27T00:00:00Z")), document.getDate());
        assertEquals(List.of(Map.of("name", "Foreign policy", "slug", "foreign-policy", "url", "topics/foreign-policy/")),
                document.get("topics"));
        assertEquals("series/the-federalist/", document.get("series_url"));
        assertEquals(10, document.get("number"));
        assertEquals("Editorial", document.get("byline"));
    }

    @Test
    void rejectsAnEmptyBody() {
        ContentException e = assertThrows(ContentException.class, () -> parse("---\ntitle: T\ndate: 2025-07-27\n---\n\n"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("body is empty"));
    }

    @Test
    void countsTheWordsAReaderReadsNotTheMarkup() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\n"
                + "It's a *well-known* [link](https://example.org/a/very/long/path) -- in 1787.[^1]\n\n[^1]: Two words.\n");
        // It's, a, well-known, link, in, 1787, Two, words
        assertEquals(8, document.get("word_count"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} words -> {1} min")
    @org.junit.jupiter.params.provider.CsvSource({"1, 1", "118, 1", "356, 1", "357, 2", "1428, 6", "1546, 6", "1547, 7"})
    void readingTimeIsWholeMinutesAtTheStatedRateRoundedAndAtLeastOne(int words, int minutes) {
        assertEquals(238, EditorialMarkdownEngine.WORDS_PER_MINUTE);
        assertEquals(minutes, EditorialMarkdownEngine.readingMinutes(words));
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\n" + "word ".repeat(words) + "\n");
        assertEquals(words, document.get("word_count"));
        assertEquals(minutes, document.get("reading_minutes"));
    }

    @Test
    void putsRevisionDatesAndRenderedCorrectionsOnTheDocument() {
        DocumentModel document = parse("""
                ---
                title: T
                date: 2025-07-27
                updated: 2025-08-02
                corrections:
                  - date: 2025-07-29
                    text: The *figure* was <b>wrong</b>.
                ---
                Body.
                """);
        assertEquals("2025-08-02", document.get("modified_iso"));
        assertEquals("2 August 2025", document.get("modified_display"));
        assertEquals("2025-08-02T00:00:00Z", document.get("updated_iso"));
        assertEquals("2025-07-27T00:00:00Z", document.get("published_iso"));
        assertEquals(List.of(Map.of("date_iso", "2025-07-29", "date_display", "29 July 2025",
                        "html", "The <em>figure</em> was &lt;b&gt;wrong&lt;/b&gt;.", "text", "The figure was <b>wrong</b>.")),
                document.get("corrections"));
    }

    @Test
    void anUnrevisedEditorialIsLastUpdatedWhenPublished() {
        DocumentModel document = parse("---\ntitle: T\ndate: 2025-07-27\n---\nBody.\n");
        assertFalse(document.containsKey("modified_iso"));
        assertEquals("2025-07-27T00:00:00Z", document.get("updated_iso"));
        assertEquals(List.of(), document.get("corrections"));
    }

    @Test
    void tagsAreStrippedAsTheRegularExpressionsDidOverRandomHtml() {
        java.util.regex.Pattern footnote = java.util.regex.Pattern.compile("<sup[^>]*>.*?</sup>");
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<[^>]+>");
        String[] pieces = {"<sup", "<sup class=\"x\">", ">", "</sup>", "<", "</p>", "<p>", "\n", "a", "word ", "&amp;", "\u2028", "<>"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = tag.matcher(footnote.matcher(html).replaceAll(" ")).replaceAll(" ");
            assertEquals(expected, EditorialMarkdownEngine.withoutTags(html.toString()), html.toString());
        }
    }
}
