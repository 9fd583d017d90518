package news.editorials.markup;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs the dialect's renderers and attributes into flexmark's HTML renderer. */
final class DialectRendering implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new AccessibleTables());
        builder.nodeRendererFactory(options -> new Figures());
        builder.attributeProviderFactory(DialectAttributes.factory());
    }
}
