package news.editorials.markup;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.editorials.content.ContentException;
import news.editorials.content.Slugs;
import news.editorials.images.ImageException;
import news.editorials.images.ImageLibrary;
import news.editorials.images.ResponsiveImage;

/**
 * Turns one Markdown body into HTML under the dialect's rules: nesting limits, allowed addresses and raw
 * HTML, figures, heading ids and table labels are all settled before rendering, so every problem is reported
 * with its line and rendering itself cannot fail.
 */
final class EditorialBody {
    /** Ids the page templates use: a heading must not take them. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "ed-font-size-label");
    private static final String IMAGE_PREFIX = "/" + ImageLibrary.FOLDER;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final ImageLibrary images;

    /**
     * A rendered body, the tree it came from (for the summary), its links with their lines, and its images
     * as {@code name<TAB>prepared image} (what its HTML was made from).
     */
    record Rendered(Document markdown, String html, List<SourceLink> links, List<String> images) {
    }

    /** @param images the bake's images, or {@code null} when figures cannot be baked (any image is an error) */
    EditorialBody(Parser parser, HtmlRenderer renderer, ImageLibrary images) {
        this.parser = parser;
        this.renderer = renderer;
        this.images = images;
    }

    /**
     * @param firstLine the file's line number of the body's first line
     * @param rootPath  the way from the page to the site's root, {@code ../../../}
     * @throws ContentException naming the file and line of the first problem
     */
    Rendered render(Path file, int firstLine, String body, String rootPath) {
        NestingLimits.check(file, firstLine, body);
        try {
            Document markdown = parser.parse(body);
            SourceLines lines = new SourceLines(body, firstLine);
            NestingLimits.checkTree(file, lines, markdown);
            UrlPolicy.check(file, lines, markdown);
            RawHtmlPolicy.check(file, lines, markdown);
            PageFacts facts = new PageFacts(rootPath);
            List<SourceLink> links = new ArrayList<>();
            prepare(file, lines, markdown, facts, links);
            markdown.set(PageFacts.KEY, facts);
            labelTables(markdown, facts);
            List<String> imageFacts = new ArrayList<>();
            for (Node node : markdown.getDescendants()) {
                if (node instanceof Image image) {
                    imageFacts.add(image.getUrl().unescape().substring(IMAGE_PREFIX.length()) + "\t" + facts.images.get(image));
                }
            }
            return new Rendered(markdown, renderer.render(markdown), links, imageFacts);
        } catch (StackOverflowError e) {
            // The limits above keep real text far from this; it is here so that no input can end in a Java error.
            throw new ContentException(file, firstLine, "the text is nested too deeply to read; flatten its block quotes,"
                    + " lists, links and emphasis");
        }
    }

    private void prepare(Path file, SourceLines lines, Document markdown, PageFacts facts, List<SourceLink> links) {
        Set<String> ids = new HashSet<>(TEMPLATE_IDS);
        for (Node node : markdown.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                facts.headingIds.put(heading, unique(headingSlug(heading), ids, "-"));
            } else if (node instanceof Image image) {
                int line = lines.of(image);
                facts.images.put(image, prepareImage(file, line, image));
                links.add(new SourceLink(facts.rootPath + facts.images.get(image).widest().path(), line));
                if (facts.topImage == null && topLevelBlock(image) == markdown.getFirstChild()) {
                    facts.topImage = image;
                }
            } else if (node instanceof ImageRef) {
                throw new ContentException(file, lines.of(node), "write images inline, with their address in the text:"
                        + " ![What it shows](/images/name.png \"Caption\")");
            } else if (node instanceof Paragraph paragraph && Figures.onlyImage(paragraph) != null) {
                facts.figures.add(paragraph);
            } else if (node instanceof Link link) {
                links.add(new SourceLink(link.getUrl().unescape(), lines.of(link)));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(markdown);
                if (reference != null) {
                    links.add(new SourceLink(reference.getUrl().unescape(), lines.of(ref)));
                }
            }
        }
    }

    private ResponsiveImage prepareImage(Path file, int line, Image image) {
        String url = image.getUrl().unescape();
        if (Figures.altText(image).isEmpty()) {
            throw new ContentException(file, line, "the image " + url + " has no alt text: between the brackets, say what"
                    + " it shows for readers who cannot see it: ![A line chart of inflation since 2019](" + url + ")");
        }
        if (!url.startsWith(IMAGE_PREFIX)) {
            throw new ContentException(file, line, "the image \"" + url + "\" is not in the site's images: put the file in"
                    + " assets/images/ and write its address as /images/<file name>");
        }
        if (images == null) {
            throw new ContentException(file, line, "images can only be baked with the site (this parser has no images folder)");
        }
        try {
            return images.prepare(url.substring(IMAGE_PREFIX.length()));
        } catch (ImageException e) {
            throw new ContentException(file, line, e.getMessage());
        }
    }

    private static String headingSlug(Heading heading) {
        String slug = Slugs.slugify(new TextCollectingVisitor().collectAndGetText(heading));
        if (slug.isEmpty()) {
            return "section";
        }
        // flexmark's footnotes use fn-1 and fnref-1.
        return slug.startsWith("fn-") || slug.startsWith("fnref-") ? "section-" + slug : slug;
    }

    /**
     * Each table's region label: its caption, or its column headings when there is none, as a screen reader
     * announces them, typographic quotes included (so taken from the rendered text, once images are known).
     * Labels are made unique in the page: landmarks with the same name cannot be told apart.
     */
    private void labelTables(Document markdown, PageFacts facts) {
        Set<String> labels = new HashSet<>();
        for (Node node : markdown.getDescendants()) {
            if (node instanceof TableBlock table) {
                facts.tableLabels.put(table, unique(tableLabel(table), labels, " "));
            }
        }
    }

    private String tableLabel(TableBlock table) {
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCaption caption) {
                String text = EditorialMarkdownEngine.plainText(renderer.render(caption));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        List<String> headings = new ArrayList<>();
        TableHead head = (TableHead) table.getChildOfType(TableHead.class);
        if (head != null) {
            for (Node cell : head.getDescendants()) {
                if (cell instanceof TableCell) {
                    String text = EditorialMarkdownEngine.plainText(renderer.render(cell));
                    if (!text.isEmpty()) {
                        headings.add(text);
                    }
                }
            }
        }
        return headings.isEmpty() ? "Table" : "Table: " + String.join(", ", headings);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... if taken. */
    private static String unique(String base, Set<String> taken, String separator) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + separator + (separator.equals(" ") ? "(" + n + ")" : n);
        }
        return candidate;
    }

    private static Node topLevelBlock(Node node) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        return block;
    }
}
