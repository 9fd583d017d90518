package news.editorials.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Where a rendering tool puts a file it makes without a template (a search index fragment, say), by its path
 * in the site. A bake's store hands out one that writes only bytes that changed since the last bake, keeps a
 * file made from unchanged inputs without making it again, and records every file for the link gate and the
 * bake cache; {@link #into} writes straight into a folder. Safe to call from several threads at once.
 *
 * <p>Both methods return a digest of the file's bytes (hex), so that a tool can version what it wrote, kept
 * files included.
 */
public interface SiteFiles {
    String write(String sitePath, byte[] bytes);

    /**
     * A file made from {@code inputs} (strings, numbers, lists and maps of them): when the last bake made it
     * from the same inputs and it is still as written, it is kept and {@code bytes} is not called.
     */
    default String write(String sitePath, List<Object> inputs, Supplier<byte[]> bytes) {
        return write(sitePath, bytes.get());
    }

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
            long[] hash = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0);
            return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
        };
    }
}
