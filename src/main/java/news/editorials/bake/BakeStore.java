package news.editorials.bake;

import java.nio.file.Path;
import news.editorials.store.InMemoryContentStore;
import news.editorials.store.SiteFiles;

/**
 * The store of one bake, carrying what the rendering tools (which JBake creates itself, through
 * {@link java.util.ServiceLoader}) need beyond the documents: where to report progress and write files.
 */
final class BakeStore extends InMemoryContentStore {
    private final Progress progress;
    private final SiteOutput output;

    BakeStore(Progress progress, SiteOutput output) {
        this.progress = progress;
        this.output = output;
    }

    Progress progress() {
        return progress;
    }

    /** Through the bake's output: only changed bytes are written, and every file is recorded. */
    @Override
    public SiteFiles files(Path destination) {
        return output::file;
    }

    /** Where a rendering tool writes a file that is not rendered from a template (see {@link SiteOutput#file}). */
    SiteOutput output() {
        return output;
    }
}
