package news.editorials.bake;

import java.util.Set;

/**
 * The site's URL rules, in one place. A page written to {@code editorials/2025/x/index.html} has the URL
 * {@code editorials/2025/x/} and reaches the site root through {@code ../../../}: every link in the site is
 * relative, so it can be served from any path.
 */
final class SitePaths {
    /** First path segments that belong to generated pages and assets; content may not use them. */
    static final Set<String> RESERVED_FOLDERS = Set.of("archive", "topics", "series", "page", "css", "js", "images");

    private SitePaths() {
    }

    /** {@code a/b/index.html} becomes {@code a/b/}; any other file keeps its path. */
    static String url(String uri) {
        return uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri;
    }

    /** The relative way from the file at {@code uri} back to the site root: {@code ""} or {@code "../../"}. */
    static String rootPath(String uri) {
        int depth = 0;
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
