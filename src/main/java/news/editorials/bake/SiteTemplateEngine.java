package news.editorials.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import news.editorials.metadata.StructuredData;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders FreeMarker templates for JBake's {@code Renderer}, with a plain data model: {@code content} and
 * {@code config}.
 *
 * <p>JBake's own FreeMarker engine rebuilds the whole configuration map for every page, checks the
 * template file on disk for every page, and resolves every top-level name in a template through its
 * store "extractors", which throw an exception for each name they do not know ({@code content},
 * {@code config}): thousands of exceptions per bake. Our templates get their lists from the page's own
 * {@code content} (see {@link SitePagesRenderer}), so none of that is needed. Every template can call
 * {@code contentSecurityPolicy(script...)} (see {@link ContentSecurityPolicy}). FreeMarker settings follow
 * current defaults (2.3.34 improvements); templates switch auto-escaping on with their {@code <#ftl>}
 * header.
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final Configuration freemarker;
    private final Map<String, Object> configModel;

    SiteTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.configModel = Collections.unmodifiableMap(templateConfig(config));
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding(config.getTemplateEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        freemarker.setLocale(Locale.UK);
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
        }
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setSharedVariable(ContentSecurityPolicy.TEMPLATE_FUNCTION, new ContentSecurityPolicy.TemplateFunction());
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new BakeException("Cannot read templates from " + config.getTemplateFolder(), e);
        }
    }

    /**
     * The settings from {@code jbake.properties} and JBake's defaults, keyed as JBake does ({@code site_title}),
     * without the absolute paths of this bake's folders, which JBake's map also holds: what a page says never
     * depends on where the bake ran (and the bake cache's key does not change with it). JVM system properties
     * are no settings here ({@link SiteBaker}).
     */
    static Map<String, Object> templateConfig(JBakeConfiguration config) {
        Map<String, Object> all = config.asHashMap();
        all.values().removeIf(value -> value instanceof java.io.File);
        return all;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (!templateName.endsWith(".ftl")) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        render(templateName, dataModel(model.getContent()), writer);
    }

    /**
     * What a page's template is given, before anything derived from it: {@code content} and {@code config}.
     * The bake cache fingerprints exactly this map (see {@link SiteRenderer}), so whatever is added here is
     * covered by the cache without further ado.
     */
    Map<String, Object> pageInputs(Map<String, Object> content) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(ModelAttributes.CONTENT, content);
        data.put(ModelAttributes.CONFIG, configModel);
        return data;
    }

    /**
     * Everything a template is given for one page: its {@link #pageInputs} and what this code derives from
     * them alone. A derived value needs no fingerprint of its own (the code is in the bake-wide key), so it is
     * worked out only for the pages that are rendered.
     */
    Map<String, Object> dataModel(Map<String, Object> content) {
        Map<String, Object> data = pageInputs(content);
        // Built here, in Java, so the JSON is escaped for its <script> by a JSON library, not by a template.
        String jsonLd = StructuredData.forPage(content, configModel);
        if (jsonLd != null) {
            data.put("json_ld", jsonLd);
        }
        return data;
    }

    /** The configuration as templates see it: the same object on every page, part of the bake-wide cache key. */
    Map<String, Object> configModel() {
        return configModel;
    }

    void render(String templateName, Map<String, Object> dataModel, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            SimpleHash data = new SimpleHash(freemarker.getObjectWrapper());
            dataModel.forEach(data::put);
            template.process(data, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
