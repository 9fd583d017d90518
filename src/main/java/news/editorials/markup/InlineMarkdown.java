package news.editorials.markup;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of inline Markdown (emphasis, links, code) as HTML, for short texts kept in front matter such as
 * corrections. Block syntax is switched off, so "1. The figure..." or "# 3" stay text instead of becoming a
 * list or heading, and raw HTML is escaped: a correction prints as a phrase inside the page's own markup,
 * whatever it contains. Immutable once built; shared by all threads.
 */
public final class InlineMarkdown {
    private static final Pattern PARAGRAPH_TAGS = Pattern.compile("(\\s*</?p>\\s*)+");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public InlineMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create()));
        for (var blockParser : List.of(Parser.BLOCK_QUOTE_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HEADING_PARSER,
                Parser.HTML_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
                Parser.LIST_BLOCK_PARSER)) {
            options.set(blockParser, false);
        }
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The HTML of {@code markdown}'s inline content, with no enclosing {@code <p>}; paragraphs are joined by a space. */
    public String render(String markdown) {
        // With every block parser off, the document is paragraphs and nothing else.
        String html = renderer.render(parser.parse(markdown)).strip();
        return PARAGRAPH_TAGS.matcher(html).replaceAll(" ").strip();
    }
}
