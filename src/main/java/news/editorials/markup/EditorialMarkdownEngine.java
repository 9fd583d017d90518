package news.editorials.markup;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.editorials.content.CalendarDates;
import news.editorials.content.ContentException;
import news.editorials.content.Correction;
import news.editorials.content.DocumentHeader;
import news.editorials.content.FrontMatter;
import news.editorials.content.SitePaths;
import news.editorials.content.Slugs;
import news.editorials.content.Utf8Text;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

/**
 * JBake's markup engine for {@code .md} files, replacing JBake 2.7's own.
 *
 * <p>Why not JBake's: it builds a new flexmark parser for every file (most of a large bake's time), cannot
 * read YAML front matter (such files silently lose their header), turns every newline into {@code <br>} and
 * has no switch for footnotes or typography. Here one parser and one renderer are built per engine, i.e. per
 * bake, and shared by all threads (flexmark's are immutable once built).
 *
 * <p>Every problem is thrown as a {@link ContentException} naming the file and line, never logged and skipped.
 */
public final class EditorialMarkdownEngine implements ParserEngine {
    /** Longest automatic summary, in characters, before it is cut at a word. */
    private static final int SUMMARY_LIMIT = 280;

    private static final java.util.regex.Pattern FOOTNOTE_REFERENCE = java.util.regex.Pattern.compile("<sup[^>]*>.*?</sup>");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]+>");

    /**
     * Reading speed for "6 min read": 238 words a minute, the mean for silent reading of non-fiction in
     * Brysbaert's 2019 review of 190 studies (Journal of Memory and Language 109).
     */
    public static final int WORDS_PER_MINUTE = 238;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final InlineMarkdown inline = new InlineMarkdown();
    /** Topic names recur on thousands of editorials: each is slugified once per bake. */
    private final Map<String, String> topicSlugs = new java.util.concurrent.ConcurrentHashMap<>();

    public EditorialMarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TypographicExtension.create()));
        // Prose: a newline inside a paragraph is a space, never a <br>.
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * JBake's entry point, for JBake's own lookups by extension. Like JBake's engines it leaves the URI,
     * root path and source path to the crawler (ours is {@code bake.ContentCrawler}).
     */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path content = config.getContentFolder().toPath().toAbsolutePath().normalize();
        return parse(path, Utf8Text.read(path), DocumentHeader.defaultTypeFor(content.relativize(path))).document();
    }

    /** A parsed file: JBake's document model plus the warnings found on the way. */
    public record Parsed(DocumentModel document, DocumentHeader header) {
    }

    /**
     * Parses one content file's text.
     *
     * @param defaultType the type implied by the file's folder
     */
    public Parsed parse(Path file, String text, String defaultType) {
        FrontMatter frontMatter = FrontMatter.parse(file, text);
        DocumentHeader header = DocumentHeader.from(file, frontMatter, defaultType);
        if (frontMatter.body().isBlank()) {
            throw new ContentException(file, frontMatter.bodyLine(), "the body is empty: write the text after the front matter");
        }
        Document markdown = parser.parse(frontMatter.body());
        String body = renderer.render(markdown);

        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(header.type());
        document.setStatus(header.status());
        document.setTitle(header.title());
        document.setBody(body);
        document.put("draft", header.isDraft());
        document.put("byline", header.byline());
        putIfPresent(document, "author", header.author());
        putIfPresent(document, "publication", header.publication());
        putIfPresent(document, "source", header.source());
        document.put("summary", header.summary() != null ? header.summary() : firstParagraphText(markdown));
        if (header.date() != null) {
            document.setDate(CalendarDates.toSortableDate(header.date()));
            document.put("date_iso", header.date().toString());
            document.put("date_display", CalendarDates.display(header.date()));
            document.put("published_iso", CalendarDates.rfc3339(header.date()));
            document.put("year", String.valueOf(header.date().getYear()));
            document.put("local_date", header.date());
        }
        LocalDate modified = header.modified();
        if (modified != null) {
            document.put("modified_iso", modified.toString());
            document.put("modified_display", CalendarDates.display(modified));
        }
        // The feed's and sitemap's "last changed": the revision when there is one, else the first publication.
        LocalDate lastChanged = modified != null ? modified : header.date();
        if (lastChanged != null) {
            document.put("updated_iso", CalendarDates.rfc3339(lastChanged));
            document.put("lastmod", lastChanged.toString());
        }
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (Correction correction : header.corrections()) {
            String html = inline.render(correction.text());
            corrections.add(Map.of("date_iso", correction.date().toString(),
                    "date_display", CalendarDates.display(correction.date()), "html", html, "text", plainText(html)));
        }
        document.put("corrections", corrections);
        int words = wordCount(body);
        document.put("word_count", words);
        document.put("reading_minutes", readingMinutes(words));
        List<Map<String, Object>> topics = new ArrayList<>();
        for (String name : header.topics()) {
            String slug = topicSlugs.computeIfAbsent(name, Slugs::slugify);
            topics.add(Map.of("name", name, "slug", slug, "url", SitePaths.topic(slug)));
        }
        document.put("topics", topics);
        document.setTags(header.topics().toArray(String[]::new));
        if (header.series() != null) {
            String slug = Slugs.slugify(header.series());
            document.put("series", header.series());
            document.put("series_slug", slug);
            document.put("series_url", SitePaths.series(slug));
            putIfPresent(document, "number", header.number());
        }
        return new Parsed(document, header);
    }

    /**
     * Words a reader reads: the rendered text, footnotes included, without tags, link targets or footnote
     * markers. A word is a run of letters and digits, joined by an apostrophe or hyphen ("it's", "well-known").
     */
    static int wordCount(String bodyHtml) {
        String text = FOOTNOTE_REFERENCE.matcher(bodyHtml).replaceAll(" ");
        text = org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(text).replaceAll(" "), false);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
        }
        return words;
    }

    /** Whole minutes, rounded, at least one: a 100-word notice still takes "1 min". */
    static int readingMinutes(int words) {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }

    private static void putIfPresent(Map<String, Object> document, String key, Object value) {
        if (value != null) {
            document.put(key, value);
        }
    }

    /**
     * The first paragraph of prose as plain text (typography applied, footnote markers dropped), cut at a
     * word. A salutation ("To the People of the State of New York:") is a paragraph too, but says nothing
     * of the piece: a short paragraph ending in a colon is passed over.
     */
    private String firstParagraphText(Document markdown) {
        String fallback = "";
        for (Node node = markdown.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                String text = plainText(renderer.render(node));
                if (!isSalutation(text)) {
                    return shorten(text);
                }
                if (fallback.isEmpty()) {
                    fallback = shorten(text);
                }
            }
        }
        return fallback;
    }

    /**
     * The text of one rendered paragraph: footnote markers and tags dropped, entities (flexmark writes
     * typographic quotes as {@code &ldquo;}) decoded, white space collapsed. A paragraph is flat inline
     * markup, so no DOM is needed.
     */
    static String plainText(String paragraphHtml) {
        String text = FOOTNOTE_REFERENCE.matcher(paragraphHtml).replaceAll("");
        text = TAG.matcher(text).replaceAll("");
        return org.jsoup.parser.Parser.unescapeEntities(text, false).replaceAll("\\s+", " ").strip();
    }

    private static boolean isSalutation(String text) {
        return text.endsWith(":") && text.split("\\s+").length <= 12;
    }

    static String shorten(String text) {
        if (text.length() <= SUMMARY_LIMIT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LIMIT);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LIMIT).replaceAll("[\\s,;:.\u2014\u2013-]+$", "") + "\u2026";
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake's deprecated Configuration API is not supported");
    }
}
