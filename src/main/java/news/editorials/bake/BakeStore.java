package news.editorials.bake;

import news.editorials.store.InMemoryContentStore;

/**
 * The store of one bake, carrying what the rendering tools (which JBake creates itself, through
 * {@link java.util.ServiceLoader}) need beyond the documents: where to report progress.
 */
final class BakeStore extends InMemoryContentStore {
    private final Progress progress;

    BakeStore(Progress progress) {
        this.progress = progress;
    }

    Progress progress() {
        return progress;
    }
}
