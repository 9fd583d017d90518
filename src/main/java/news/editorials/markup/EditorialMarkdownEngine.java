package news.editorials.markup;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
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
import news.editorials.images.ImageLibrary;
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
 * <p>The dialect: CommonMark with footnotes, typographic quotes and dashes, GFM pipe tables (with an optional
 * {@code [Caption]} line), {@code ~~strikethrough~~}, bare URLs as links, ids on h2-h4, figures, and a short
 * list of raw HTML (see {@code RawHtmlPolicy}); {@code src/test/resources/markup/spec.txt} shows each rule.
 *
 * <p>Every problem is thrown as a {@link ContentException} naming the file and line, never logged and skipped.
 */
public final class EditorialMarkdownEngine implements ParserEngine {
    /** Longest automatic summary, in characters, before it is cut at a word. */
    private static final int SUMMARY_LIMIT = 280;

    private static final java.util.regex.Pattern FOOTNOTE_REFERENCE = java.util.regex.Pattern.compile("<sup[^>]*>.*?</sup>");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]+>");

    /** Document keys: the body's links ("line\turl") and images ("name\tsize and variants"). */
    private static final String BODY_LINKS = "body_links";
    private static final String BODY_IMAGES = "body_images";

    /**
     * Reading speed for "6 min read": 238 words a minute, the mean for silent reading of non-fiction in
     * Brysbaert's 2019 review of 190 studies (Journal of Memory and Language 109).
     */
    public static final int WORDS_PER_MINUTE = 238;

    private final HtmlRenderer renderer;
    private final InlineMarkdown inline = new InlineMarkdown();
    private final EditorialBody body;
    private final ImageLibrary images;
    /** Topic names recur on thousands of editorials: each is slugified once per bake. */
    private final Map<String, String> topicSlugs = new java.util.concurrent.ConcurrentHashMap<>();

    /** An engine without images: any image in the text is an error. For JBake's lookups and tests. */
    public EditorialMarkdownEngine() {
        this(null);
    }

    /** @param images the bake's images, which figures are made from */
    public EditorialMarkdownEngine(ImageLibrary images) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TypographicExtension.create(),
                TablesExtension.create(), StrikethroughExtension.create(), new Autolinks(),
                new DialectRendering()));
        // Prose: a newline inside a paragraph is a space, never a <br>.
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.WITH_CAPTION, true);
        // GFM's rules: a row with fewer cells is padded, one with more keeps them (nothing typed is lost).
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        Parser parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.body = new EditorialBody(parser, renderer, images);
        this.images = images;
    }

    /**
     * JBake's entry point, for JBake's own lookups by extension. Like JBake's engines it leaves the URI,
     * root path and source path to the crawler (ours is {@code bake.ContentCrawler}).
     */
    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path content = config.getContentFolder().toPath().toAbsolutePath().normalize();
        Path relative = content.relativize(path);
        String rootPath = "../".repeat(relative.getNameCount());
        return parse(path, Utf8Text.read(path), DocumentHeader.defaultTypeFor(relative), rootPath).document();
    }

    /** A parsed file: JBake's document model plus the warnings found on the way. */
    public record Parsed(DocumentModel document, DocumentHeader header) {
    }

    /**
     * The body's links and images with their lines, as {@link #parse} recorded them in the document
     * ({@link SourceLink#recorded()}: strings, so that a cached parse keeps them): for the link gate, which
     * reads them only for a broken link.
     */
    @SuppressWarnings("unchecked")
    public static List<String> recordedBodyLinks(Map<String, Object> document) {
        return (List<String>) document.getOrDefault(BODY_LINKS, List.of());
    }

    /**
     * Whether a document this engine's kind parsed in an earlier bake still shows its images as they are:
     * each is prepared again for this bake (its files written into the site) and compared with what the
     * document's HTML was made from. An image edited in place changes its size or variants, and then the
     * file must be parsed again.
     */
    @SuppressWarnings("unchecked")
    public boolean imagesUnchanged(Map<String, Object> document) {
        for (String entry : (List<String>) document.getOrDefault(BODY_IMAGES, List.of())) {
            int tab = entry.indexOf('\t');
            try {
                if (images == null || !images.prepare(entry.substring(0, tab)).toString().equals(entry.substring(tab + 1))) {
                    return false;
                }
            } catch (RuntimeException e) {
                return false; // parsed again, the problem is reported with its line
            }
        }
        return true;
    }

    /** {@link #parse(Path, String, String, String)} for a page at the site's root. */
    public Parsed parse(Path file, String text, String defaultType) {
        return parse(file, text, defaultType, "");
    }

    /**
     * Parses one content file's text.
     *
     * @param defaultType the type implied by the file's folder
     * @param rootPath    the way from the file's page back to the site's root ({@code ../../../}), for images
     */
    public Parsed parse(Path file, String text, String defaultType, String rootPath) {
        FrontMatter frontMatter = FrontMatter.parse(file, text);
        DocumentHeader header = DocumentHeader.from(file, frontMatter, defaultType);
        if (frontMatter.body().isBlank()) {
            throw new ContentException(file, frontMatter.bodyLine(), "the body is empty: write the text after the front matter");
        }
        EditorialBody.Rendered rendered = this.body.render(file, frontMatter.bodyLine(), frontMatter.body(), rootPath);
        Document markdown = rendered.markdown();
        String body = rendered.html();

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
        List<String> links = new ArrayList<>();
        for (SourceLink link : rendered.links()) {
            links.add(link.recorded());
        }
        document.put(BODY_LINKS, links);
        document.put(BODY_IMAGES, rendered.images());
        return new Parsed(document, header);
    }

    /**
     * Renders a Markdown body alone, with no front matter: for the dialect's spec and fuzz tests.
     *
     * @param firstLine the file's line number of the body's first line
     */
    String renderBody(Path file, int firstLine, String markdown, String rootPath) {
        return body.render(file, firstLine, markdown, rootPath).html();
    }

    /**
     * Words a reader reads: the rendered text, footnotes included, without tags, link targets or footnote
     * markers. A word is a run of letters and digits, joined by an apostrophe or hyphen ("it's", "well-known").
     */
    static int wordCount(String bodyHtml) {
        String text = withoutTags(bodyHtml);
        if (text.indexOf('&') >= 0) {
            text = org.jsoup.parser.Parser.unescapeEntities(text, false);
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            // A number such as 9.1 or 10,000 is one word, as a reader (and a table of figures) has it.
            boolean inNumber = (c == '.' || c == ',') && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-' || inNumber));
        }
        return words;
    }

    /**
     * The HTML with each footnote marker ({@code <sup ...>...</sup>} on one line) and then each remaining tag
     * replaced by a space: what {@code FOOTNOTE_REFERENCE} and then {@code TAG} replaced, scanned by hand,
     * since the two regular expressions over every body were a sixth of a large bake's parsing time.
     */
    static String withoutTags(String html) {
        return replaceTags(withoutFootnoteMarkers(html));
    }

    private static String withoutFootnoteMarkers(String html) {
        int marker = html.indexOf("<sup");
        if (marker < 0) {
            return html;
        }
        StringBuilder text = new StringBuilder(html.length());
        int copied = 0;
        while (marker >= 0) {
            int end = footnoteMarkerEnd(html, marker);
            if (end < 0) {
                marker = html.indexOf("<sup", marker + 1);
                continue;
            }
            text.append(html, copied, marker).append(' ');
            copied = end;
            marker = html.indexOf("<sup", end);
        }
        return text.append(html, copied, html.length()).toString();
    }

    private static String replaceTags(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close > i + 1) {
                    text.append(' ');
                    i = close + 1;
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        return text.toString();
    }

    /** Where {@code <sup[^>]*>.*?</sup>} starting at {@code start} ends, or -1 ({@code .} stops at a line end). */
    private static int footnoteMarkerEnd(String html, int start) {
        int open = html.indexOf('>', start);
        if (open < 0) {
            return -1;
        }
        int close = html.indexOf("</sup>", open + 1);
        if (close < 0) {
            return -1;
        }
        for (int i = open + 1; i < close; i++) {
            char c = html.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        return close + "</sup>".length();
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
            if (node instanceof Paragraph paragraph && Figures.onlyImage(paragraph) == null) {
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
