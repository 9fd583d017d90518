package news.editorials.cache;

import java.util.List;
import java.util.Set;

/**
 * One file of the site as the last bake left it.
 *
 * @param inputs        the page's {@link Fingerprint}, or {@code null} for a file not rendered from a template
 *                      (an asset, a file a rendering tool wrote itself): those are produced again every bake
 * @param output        digest of the file's bytes
 * @param size          the file's size, and
 * @param modifiedNanos its modification time: if either differs on disk, the file is not trusted
 * @param links         for HTML pages, every internal link on it, as written ({@code ../../topics/x/})
 * @param ids           for HTML pages, every {@code id} on it, for links with a {@code #fragment}
 */
public record OutputRecord(Digest inputs, Digest output, long size, long modifiedNanos, List<String> links,
                           Set<String> ids) {
}
