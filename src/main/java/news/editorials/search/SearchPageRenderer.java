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
        long t0 = System.nanoTime();
        List<SearchDocument> documents = store.index().editorials().stream()
                .filter(editorial -> !Boolean.TRUE.equals(editorial.get("draft")))
                .map(SearchDocument::of)
                .toList();
        Path destination = config.getDestinationFolder().toPath();
        long t1 = System.nanoTime();
        SearchIndex built = SearchIndex.build(documents);
        long t2 = System.nanoTime();
        SearchFragments.Written written = SearchFragments.write(built,
                destination.resolve(FOLDER).resolve(DATA));
        long t3 = System.nanoTime();
        System.err.printf("TIMING search: documents %d ms, build %d ms, write %d ms (%d files)%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, written.files());

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
