package news.editorials.bake;

import java.io.StringWriter;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

/**
 * JBake's {@link Renderer} with its output going through {@link SiteOutput}: a page whose template data is
 * unchanged since the last bake (same {@link news.editorials.cache.Fingerprint}) is not rendered at all,
 * and a rendered page whose bytes are unchanged is not written. Every rendering tool that calls
 * {@code renderer.render(document)} gets this for free.
 *
 * <p>JBake's own renderer opens the output file before rendering; in an incremental bake that would
 * truncate files that should be kept, so this one renders into memory first.
 */
final class SiteRenderer extends Renderer {
    private final JBakeConfiguration config;
    private final SiteTemplateEngine engine;
    private final SiteOutput output;

    SiteRenderer(ContentStore db, JBakeConfiguration config, SiteTemplateEngine engine, SiteOutput output) {
        super(db, config, engine);
        this.config = config;
        this.engine = engine;
        this.output = output;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        String sitePath = sitePath(content);
        String templateName = config.getTemplateByDocType(content.getType());
        if (templateName == null) {
            throw new RenderingException("no template for documents of type " + content.getType()
                    + " (template." + content.getType() + ".file in jbake.properties)");
        }
        Map<String, Object> keyed = engine.pageInputs(content);
        // The configuration is the same object on every page and already in the bake-wide key.
        if (keyed.get("config") == engine.configModel()) {
            keyed.put("config", "same as the bake");
        }
        output.page(sitePath, output.cache().fingerprint().of(sitePath, templateName, keyed), () -> {
            StringWriter text = new StringWriter(16 * 1024);
            engine.render(templateName, engine.dataModel(content), text);
            return text.toString();
        });
    }

    /** Where JBake would write the document: its URI, with the extension set for its type (and drafts marked). */
    String sitePath(DocumentModel content) {
        String uri = content.getUri();
        int dot = uri.lastIndexOf('.');
        String base = dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri;
        String extension = config.getOutputExtensionByDocType(content.getType());
        if ("draft".equals(content.getStatus())) {
            extension = config.getDraftSuffix() + extension;
        }
        return base + extension;
    }
}
