package news.editorials.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a rendering tool puts a file it makes without a template (a search index fragment, say), by its path
 * in the site. A bake's store hands out one that writes only bytes that changed since the last bake and
 * records every file for the link gate and the bake cache; {@link #into} writes straight into a folder.
 * Safe to call from several threads at once.
 */
@FunctionalInterface
public interface SiteFiles {
    void write(String sitePath, byte[] bytes);

    /** Writes every file into {@code folder}, creating folders as needed. */
    static SiteFiles into(Path folder) {
        return (sitePath, bytes) -> {
            Path target = folder.resolve(sitePath);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target, e);
            }
        };
    }
}
