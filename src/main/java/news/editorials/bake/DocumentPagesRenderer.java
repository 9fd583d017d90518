package news.editorials.bake;

import java.io.File;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

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
        List<DocumentModel> documents = store.getUnrenderedContent();
        // Marked rendered even when a page failed: the failure is reported here, once, and JBake's
        // renderer, which runs next, must not try the same page again.
        ParallelPages.render(renderer, documents, DocumentModel::getSourceuri, store.progress(), store::markContentAsRendered);
        return documents.size();
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake's deprecated rendering API is not supported");
    }
}
