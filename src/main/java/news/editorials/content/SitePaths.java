package news.editorials.content;

import java.util.Set;

/**
 * The site's URL rules, in one place: every generated URL is built here, and every page type's folder is
 * reserved here.
 *
 * <p>A URL is site-root-relative and ends with a slash for a folder page: the page written to
 * {@code editorials/2025/x/index.html} has the URL {@code editorials/2025/x/} and reaches the site root
 * through {@code ../../../}. Every link in the site is relative, so it can be served from any path.
 *
 * <pre>{@code
 * String url = SitePaths.topic("trade");                  // "topics/trade/"
 * String page2 = SitePaths.listingPage(url, 2);          // "topics/trade/page/2/"
 * String file = SitePaths.file(page2);                    // "topics/trade/page/2/index.html"
 * }</pre>
 */
public final class SitePaths {
    public static final String ARCHIVE = "archive/";
    public static final String TOPICS = "topics/";
    public static final String SERIES = "series/";
    public static final String AUTHORS = "authors/";
    /** The search page; its index fragments are under {@code search/data/}. */
    public static final String SEARCH = "search/";
    /** The folder of the numbered pages of any listing: {@code page/2/}, {@code topics/trade/page/2/}. */
    private static final String PAGE = "page/";

    /** Figures' images and their resized variants; editors write them as {@code /images/name.png}. */
    public static final String IMAGES = "images/";

    /** The file of response headers for static hosts (Netlify, Cloudflare Pages), at the site root. */
    public static final String HEADERS_FILE = "_headers";

    /** First path segments that belong to generated pages and assets; content may not use them. */
    public static final Set<String> RESERVED_FOLDERS = Set.of("archive", "topics", "series", "authors", "page", "css", "js",
            "images", "search", HEADERS_FILE);

    private SitePaths() {
    }

    /** The archive page of one year: {@code archive/2025/}. */
    public static String year(String year) {
        return ARCHIVE + year + "/";
    }

    /** The page of one topic, given its slug: {@code topics/trade/}. */
    public static String topic(String slug) {
        return TOPICS + slug + "/";
    }

    /** The page of one series, given its slug: {@code series/the-federalist/}. */
    public static String series(String slug) {
        return SERIES + slug + "/";
    }

    /** The page of one author (or of the editorial board, for unsigned editorials), given its slug: {@code authors/jane-doe/}. */
    public static String author(String slug) {
        return AUTHORS + slug + "/";
    }

    /**
     * Page {@code number} of the listing whose first page is at {@code firstPageUrl}: the first page keeps
     * that URL, later ones are {@code <url>page/N/} ({@code page/2/} for the home page, whose URL is "").
     */
    public static String listingPage(String firstPageUrl, int number) {
        return number <= 1 ? firstPageUrl : firstPageUrl + PAGE + number + "/";
    }

    /** The file a URL is written to: a folder URL gets {@code index.html}; a file URL is its own file. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }

    /** {@code a/b/index.html} becomes {@code a/b/}; any other file keeps its path. */
    public static String url(String file) {
        return file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** The relative way from the file at {@code file} back to the site root: {@code ""} or {@code "../../"}. */
    public static String rootPath(String file) {
        int depth = 0;
        for (int i = 0; i < file.length(); i++) {
            if (file.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
