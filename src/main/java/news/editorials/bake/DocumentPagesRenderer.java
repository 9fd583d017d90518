package news.editorials.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import freemarker.template.TemplateException;

/**
 * Renders every editorial and page on all cores.
 *
 * <p>JBake's own {@code DocumentsRenderer} renders one document at a time and looks up each document's
 * neighbours itself. This tool is listed first in {@code META-INF/services}, renders what the store reports
 * unrendered in parallel (neighbours were linked when the store's index was built) and marks it rendered,
 * so JBake's renderer, which runs after it, finds nothing left to do.
 */
public final class DocumentPagesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof BakeStore store)) {
            return 0;
        }
        store.index();
        List<DocumentModel> documents = store.getUnrenderedContent();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        documents.parallelStream().forEach(document -> {
            try {
                renderer.render(document);
                store.progress().rendered();
            } catch (Exception e) {
                problems.add(document.getSourceuri() + ": " + rootMessage(e));
            } finally {
                // Marked even when it failed: the failure is reported here, once, and JBake's renderer,
                // which runs next, must not try the same page again.
                store.markContentAsRendered(document);
            }
        });
        if (!problems.isEmpty()) {
            throw new RenderingException(String.join("\n", problems.stream().sorted().toList()));
        }
        return documents.size();
    }

    /**
     * The useful part of a rendering failure: JBake wraps FreeMarker's exception twice, and FreeMarker's
     * message carries a long stack of template frames. A template error reads
     * {@code templates/editorial.ftl:12:5: <what went wrong>}.
     */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof TemplateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
            String message = template.getMessageWithoutStackTop().strip().lines()
                    .takeWhile(line -> !line.isBlank() && !line.startsWith("----"))
                    .map(line -> line.replaceFirst("\\s*\\[in template .*\\]$", "").strip())
                    .collect(java.util.stream.Collectors.joining(" "));
            return "templates/" + template.getTemplateSourceName() + ":" + template.getLineNumber() + ":"
                    + template.getColumnNumber() + ": " + message;
        }
        return String.valueOf(cause.getMessage());
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake's deprecated rendering API is not supported");
    }
}
