package news.editorials.markup;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Attributes flexmark's own renderers do not write: ids on section headings, and table cells as the HTML
 * standard wants them ({@code scope} on column headers; alignment as a class, since {@code align} is obsolete).
 */
final class DialectAttributes implements AttributeProvider {
    private final PageFacts facts;

    private DialectAttributes(PageFacts facts) {
        this.facts = facts;
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new DialectAttributes(PageFacts.of(context.getDocument()));
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part != AttributablePart.NODE) {
            return;
        }
        if (node instanceof Heading) {
            String id = facts.headingIds.get(node);
            if (id != null) {
                attributes.replaceValue("id", id);
            }
        } else if (node instanceof TableCell cell) {
            if (cell.isHeader() && cell.getAncestorOfType(TableHead.class) != null) {
                attributes.replaceValue("scope", "col");
            }
            String align = attributes.getValue("align");
            if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("class", "ed-table__cell--" + align);
            }
        }
    }
}
