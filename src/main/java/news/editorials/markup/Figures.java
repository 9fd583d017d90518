package news.editorials.markup;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import java.util.stream.Collectors;
import news.editorials.images.ResponsiveImage;

/**
 * Images as a reader's browser should get them: a paragraph holding only an image becomes a
 * {@code <figure>}, its title the {@code <figcaption>}; every {@code <img>} has its size (so the page does
 * not jump while it loads), a {@code srcset} of resized variants, and lazy loading unless it is at the top.
 */
final class Figures implements NodeRenderer {
    /** The widest the text column gets ({@code --ed-page-width}); narrower screens show images full width. */
    static final String SIZES = "(min-width: 46rem) 46rem, 100vw";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::renderParagraph),
                new NodeRenderingHandler<>(Image.class, this::renderImage));
    }

    private void renderParagraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        PageFacts facts = PageFacts.of(context.getDocument());
        if (!facts.figures.contains(paragraph)) {
            context.delegateRender();
            return;
        }
        Image image = (Image) onlyImage(paragraph);
        html.attr("class", "ed-figure").withAttr().tagLine("figure").indent();
        writeImage(image, facts, html);
        html.line();
        String caption = image.getTitle().unescape();
        if (!caption.isBlank()) {
            html.attr("class", "ed-figure__caption").withAttr().tag("figcaption").text(caption).closeTag("figcaption").line();
        }
        html.unIndent().closeTag("figure").line();
    }

    private void renderImage(Image image, NodeRendererContext context, HtmlWriter html) {
        writeImage(image, PageFacts.of(context.getDocument()), html);
    }

    private static void writeImage(Image image, PageFacts facts, HtmlWriter html) {
        ResponsiveImage prepared = facts.images.get(image);
        String srcset = prepared.candidates().stream()
                .map(candidate -> facts.rootPath + candidate.path() + " " + candidate.width() + "w")
                .collect(Collectors.joining(", "));
        html.attr("src", facts.rootPath + prepared.widest().path())
                .attr("srcset", srcset)
                .attr("sizes", SIZES)
                .attr("width", String.valueOf(prepared.width()))
                .attr("height", String.valueOf(prepared.height()))
                .attr("alt", altText(image));
        if (image != facts.topImage) {
            html.attr("loading", "lazy").attr("decoding", "async");
        }
        String title = image.getTitle().unescape();
        if (!facts.figures.contains(image.getParent()) && !title.isBlank()) {
            html.attr("title", title);
        }
        html.withAttr().tag("img", true);
    }

    static String altText(Image image) {
        return new TextCollectingVisitor().collectAndGetText(image).strip();
    }

    /** The paragraph's only content when that is one image (surrounding spaces aside), else {@code null}. */
    static Node onlyImage(Paragraph paragraph) {
        Node found = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getChars().isBlank()) {
                continue;
            }
            if (found != null || !(child instanceof Image)) {
                return null;
            }
            found = child;
        }
        return found;
    }
}
