package news.editorials.search;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import news.editorials.store.InMemoryContentStore;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Writes the search index of the published editorials under {@code search/data/} and the search page,
 * {@code search/index.html}, through {@code template.search.file}. Drafts are never indexed, even in the
 * live preview, which renders them: a draft's words must not leak through the index.
 */
public final class SearchPageRenderer implements RenderingTool {
    /** The page's folder; content may not use it (see the bake's reserved folders). */
    public static final String FOLDER = "search";
    static final String PAGE = FOLDER + "/index.html";
    /** Fragments, relative to the page. */
    static final String DATA = "data/";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof InMemoryContentStore store)) {
            return 0;
        }
        // Parallel: each editorial's HTML is parsed again for its text. toList() keeps the newest-first order.
        List<SearchDocument> documents = store.index().editorials().parallelStream()
                .filter(editorial -> !Boolean.TRUE.equals(editorial.get("draft")))
                .map(SearchDocument::of)
                .toList();
        Path destination = config.getDestinationFolder().toPath();
        SearchFragments.Written written = SearchFragments.write(SearchIndex.build(documents),
                destination.resolve(FOLDER).resolve(DATA));

        DocumentModel page = new DocumentModel();
        page.setType("search");
        page.setStatus("published");
        page.setUri(PAGE);
        page.put("url", FOLDER + "/");
        page.setRootPath("../");
        page.put("search_index", DATA + "manifest.json?v=" + written.version());
        page.put("search_version", written.version());
        page.put("document_count", documents.size());
        try {
            renderer.render(page);
        } catch (Exception e) {
            throw new RenderingException(PAGE + ": " + e.getMessage(), e);
        }
        return 1;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake's deprecated rendering API is not supported");
    }
}
