package news.editorials.search;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import news.editorials.content.SitePaths;
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
 * live preview, which renders them: a draft's words must not leak through the index. Nor do a scheduled
 * editorial's (in the preview; a real bake never has them in the store).
 */
public final class SearchPageRenderer implements RenderingTool {
    static final String PAGE = SitePaths.file(SitePaths.SEARCH);
    /** Fragments, relative to the page. */
    static final String DATA = "data/";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof InMemoryContentStore store)) {
            return 0;
        }
        // Numbered oldest first, so that a new editorial adds a number and leaves every other fragment as it was.
        // On every core: ten thousand documents' fields are read, folded and cut here.
        List<SearchDocument> documents = new ArrayList<>(store.index().editorials().parallelStream()
                .filter(editorial -> !Boolean.TRUE.equals(editorial.get("draft")) && !Boolean.TRUE.equals(editorial.get("scheduled")))
                .map(SearchDocument::of)
                .toList());
        Collections.reverse(documents);
        // The live preview keeps the words' numbers between bakes: only a saved file's words are cut again.
        WordNumbers kept = store.keptBetweenBakes(WordNumbers.class, WordNumbers::new);
        SearchIndex index = kept != null ? SearchIndex.build(documents, kept) : SearchIndex.build(documents);
        SearchFragments.Written written = SearchFragments.write(index,
                SitePaths.SEARCH + DATA, store.files(config.getDestinationFolder().toPath()));

        DocumentModel page = new DocumentModel();
        page.setType("search");
        page.setStatus("published");
        page.setUri(PAGE);
        page.put("url", SitePaths.SEARCH);
        page.setRootPath(SitePaths.rootPath(PAGE));
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
