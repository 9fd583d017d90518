package news.editorials.bake;

import news.editorials.store.InMemoryContentStore;

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

    /** Where a rendering tool writes a file that is not rendered from a template (see {@link SiteOutput#file}). */
    SiteOutput output() {
        return output;
    }
}
