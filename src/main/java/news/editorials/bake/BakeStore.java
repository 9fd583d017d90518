package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
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

    /**
     * Through the bake's output: only changed bytes are written, a file made from unchanged inputs is kept as
     * it is, and every file is recorded.
     */
    @Override
    public SiteFiles files(Path destination) {
        return new SiteFiles() {
            @Override
            public String write(String sitePath, byte[] bytes) {
                return output.file(sitePath, bytes).toString();
            }

            @Override
            public String write(String sitePath, List<Object> inputs, Supplier<byte[]> bytes) {
                return output.file(sitePath, output.cache().fingerprint().of(sitePath, inputs), bytes).toString();
            }
        };
    }

    @Override
    public <T> T keptBetweenBakes(Class<T> kind, Supplier<T> fresh) {
        return output.cache().keptBetweenBakes(kind, fresh);
    }

    /** Where a rendering tool writes a file that is not rendered from a template (see {@link SiteOutput#file}). */
    SiteOutput output() {
        return output;
    }
}
