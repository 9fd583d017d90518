package news.editorials.markup;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;

/**
 * Renders a pipe table inside a labelled, focusable scroll region, so a table wider than a phone scrolls by
 * itself (and can be scrolled from the keyboard) instead of the whole page. The caption, which flexmark puts
 * after the rows, comes first, where HTML requires it.
 */
final class AccessibleTables implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render));
    }

    private void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
        String label = PageFacts.of(context.getDocument()).tableLabels.getOrDefault(table, "Table");
        html.line();
        html.attr("class", "ed-table").attr("role", "region").attr("aria-label", label).attr("tabindex", "0")
                .withAttr().tagLine("div");
        html.attr("class", "ed-table__table").withAttr().tagLine("table").indent();
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCaption caption) {
                html.attr("class", "ed-table__caption").withAttr().tag("caption");
                context.renderChildren(caption);
                html.closeTag("caption").line();
            }
        }
        for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof TableCaption)) {
                context.render(child);
            }
        }
        html.unIndent().closeTag("table").line().closeTag("div").line();
    }
}
