package news.editorials.markup;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.editorials.content.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * The HTML an editor may write between the Markdown: a few inline elements Markdown has no syntax for,
 * with language and direction attributes. Anything else fails the bake naming the element or attribute and
 * what to write instead; nothing is removed quietly, so what the editor wrote is what readers get.
 *
 * <p>jsoup's {@link Safelist} decides what is allowed; each raw HTML fragment flexmark found is parsed by
 * jsoup and every element and attribute in it is asked about. Comments ({@code <!-- -->}) pass: browsers
 * show nothing of them, and they are the editor's own.
 */
final class RawHtmlPolicy {
    /** Elements allowed as they are; every one also takes {@code lang} and {@code dir}. */
    static final List<String> ELEMENTS = List.of("abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em",
            "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr");
    private static final Safelist SAFELIST = Safelist.none()
            .addTags(ELEMENTS.toArray(String[]::new))
            .addAttributes(":all", "lang", "dir")
            .addAttributes("abbr", "title")
            .addAttributes("dfn", "title")
            .addAttributes("time", "datetime")
            .addAttributes("del", "datetime")
            .addAttributes("ins", "datetime");

    private static final String MARKDOWN_IMAGE = "write the image in Markdown: ![What it shows](/images/name.png \"Caption\")";
    private static final String EMBED = "embedded content cannot be published; link to it instead: [Title](https://...)";
    private static final Map<String, String> ELEMENT_HINTS = Map.ofEntries(
            Map.entry("script", "pages run no scripts of their own; ask the web team if an interactive piece is needed"),
            Map.entry("noscript", "pages run no scripts of their own; remove it"),
            Map.entry("style", "the site's stylesheet styles every editorial; remove it"),
            Map.entry("link", "the site's stylesheet styles every editorial; remove it"),
            Map.entry("iframe", EMBED), Map.entry("object", EMBED), Map.entry("embed", EMBED),
            Map.entry("video", EMBED), Map.entry("audio", EMBED), Map.entry("frame", EMBED),
            Map.entry("form", "forms cannot be published; link to the form instead"),
            Map.entry("input", "forms cannot be published; link to the form instead"),
            Map.entry("button", "forms cannot be published; link to the form instead"),
            Map.entry("img", MARKDOWN_IMAGE), Map.entry("picture", MARKDOWN_IMAGE), Map.entry("figure", MARKDOWN_IMAGE),
            Map.entry("svg", MARKDOWN_IMAGE),
            Map.entry("a", "write the link in Markdown: [text](https://...)"),
            Map.entry("table", "write a Markdown pipe table (| A | B |)"),
            Map.entry("blockquote", "quote with > at the start of the line"),
            Map.entry("ul", "write a Markdown list (- item)"), Map.entry("ol", "write a Markdown list (1. item)"),
            Map.entry("h1", "write a Markdown heading (## Section)"), Map.entry("h2", "write a Markdown heading (## Section)"),
            Map.entry("h3", "write a Markdown heading (### Section)"), Map.entry("h4", "write a Markdown heading (#### Section)"),
            Map.entry("pre", "write a code block between ``` lines"),
            Map.entry("div", "write Markdown paragraphs; remove the tag"), Map.entry("p", "leave a blank line between paragraphs; remove the tag"),
            Map.entry("font", "the site's stylesheet sets the type; use *emphasis* or **strong** instead"),
            Map.entry("center", "the site's stylesheet sets the layout; remove it"));

    private RawHtmlPolicy() {
    }

    /** @throws ContentException at the first raw HTML that is not allowed */
    static void check(Path file, SourceLines lines, Node document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                check(file, lines.of(node), node.getChars().toString());
            }
        }
    }

    /**
     * Parsed as XML-like markup rather than as HTML: an HTML parser reading a fragment in a body's context
     * silently drops tags such as {@code <caption>} or {@code <body onload=...>} that a browser would still
     * act on, so they would escape the check. Every tag, with its attributes as the HTML tokenizer reads them,
     * is an element here.
     */
    private static void check(Path file, int line, String html) {
        Document fragment = Jsoup.parse(html, "", Parser.xmlParser());
        for (org.jsoup.nodes.Node node : allNodes(fragment)) {
            if (node instanceof Element element) {
                checkElement(file, line, element);
            } else if (node instanceof CDataNode || node instanceof XmlDeclaration || node instanceof DocumentType
                    || (node instanceof Comment && !html.strip().startsWith("<!--"))) {
                throw new ContentException(file, line, "\"" + abbreviate(html) + "\" is not HTML an editorial may contain;"
                        + " remove it, or escape a literal < as \\<");
            }
        }
    }

    private static List<org.jsoup.nodes.Node> allNodes(Document fragment) {
        List<org.jsoup.nodes.Node> nodes = new java.util.ArrayList<>();
        fragment.traverse((node, depth) -> {
            if (node != fragment) {
                nodes.add(node);
            }
        });
        return nodes;
    }

    private static void checkElement(Path file, int line, Element element) {
        String tag = element.normalName().toLowerCase(Locale.ROOT);
        if (!SAFELIST.isSafeTag(tag)) {
            throw new ContentException(file, line, "<" + tag + "> is not allowed in an editorial: "
                    + ELEMENT_HINTS.getOrDefault(tag, "remove it") + ". Allowed HTML: " + String.join(", ", ELEMENTS));
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (!SAFELIST.isSafeAttribute(tag, element, new Attribute(name, attribute.getValue()))) {
                throw new ContentException(file, line, "the " + name + " attribute on <" + tag
                        + "> is not allowed: " + attributeHint(name));
            }
        }
    }

    private static String attributeHint(String name) {
        if (name.startsWith("on")) {
            return "event handlers run scripts, which editorials may not contain; remove it";
        }
        return switch (name) {
            case "style", "class" -> "the site's stylesheet styles every editorial; remove it";
            case "href", "src" -> "write links and images in Markdown: [text](https://...), ![What it shows](/images/name.png)";
            default -> "only lang and dir are allowed on every element (and title on abbr and dfn, datetime on time,"
                    + " del and ins); remove it";
        };
    }

    private static String abbreviate(String html) {
        String line = html.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
