package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build gate for internal links: every {@code href} and {@code src} in every generated page must point
 * at a generated file (a folder link at its {@code index.html}), and every {@code #fragment} at an
 * {@code id} in that page. Links to other sites are not followed.
 *
 * <p>Built for 10,000-page archives: the bake scans each page for its links and ids as it renders it
 * ({@link #scan}), the bake cache keeps that for pages it does not render again, and the gate resolves every
 * page's links as strings against the new site's list of files ({@link #check(Set, Map)}): nothing is read
 * back from disk, yet every page is checked every bake, so a page deleted or renamed breaks the build for
 * unchanged pages that still link to it. Pages are scanned for attribute values rather than parsed into a
 * DOM. That is enough because every page comes from our own templates and Markdown
 * renderer; a full HTML parse of every page would add seconds to a large bake for the same answer.
 */
final class LinkChecker {
    private static final String[] LINK_ATTRIBUTES = {" href=", " src=", "\nhref=", "\nsrc="};
    private static final String[] ID_ATTRIBUTES = {" id=", "\nid="};

    /** What the gate needs of one page: its internal links (unescaped, each once) and its ids. */
    record PageLinks(List<String> links, Set<String> ids) {
    }

    private final Path site;
    private final String basePath;
    private Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, LinkSources> sources;

    /**
     * @param site     the baked site's folder, for {@link #check()}
     * @param basePath the path the site is served from ("/"), for root-relative links such as the 404 page's
     * @param sources  where each page's body links were written, by page
     */
    LinkChecker(Path site, String basePath, Map<String, LinkSources> sources) {
        this.site = site;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.sources = sources;
    }

    LinkChecker(Path site, String basePath) {
        this(site, basePath, Map.of());
    }

    /** Every broken link in the site's folder, reading every page: for a site not baked in this JVM. */
    List<String> check() {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile)
                    .map(path -> site.relativize(path).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PageLinks> pages = new ConcurrentHashMap<>();
        files.stream().filter(file -> file.endsWith(".html")).toList().parallelStream()
                .forEach(page -> pages.put(page, scan(read(page))));
        return check(files, pages);
    }

    /**
     * Every broken link, sorted: {@code file.md:line: broken link "target" (why) in page} for one written in
     * an editorial's Markdown, {@code page: broken link "target" (why)} for one a template wrote.
     *
     * @param files every file of the site, as site paths
     * @param pages every HTML page's links and ids, by site path (the bake scans pages as it renders them,
     *              so nothing is read back from disk)
     */
    List<String> check(Set<String> files, Map<String, PageLinks> pages) {
        return check(files, pages, page -> true);
    }

    /**
     * Like {@link #check(Set, Map)}, for the links of the pages {@code toCheck} accepts only; the other pages
     * still count as targets, with their ids.
     */
    List<String> check(Set<String> files, Map<String, PageLinks> pages, java.util.function.Predicate<String> toCheck) {
        idsByPage = new java.util.HashMap<>();
        pages.forEach((page, links) -> idsByPage.put(page, links.ids()));
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        pages.entrySet().stream().filter(page -> toCheck.test(page.getKey())).toList().parallelStream().forEach(page -> {
            for (String link : page.getValue().links()) {
                String problem = problemWith(page.getKey(), link, files);
                if (problem != null) {
                    problems.add(describe(page.getKey(), link, problem));
                }
            }
        });
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return sorted;
    }

    /** A page's internal links and ids, from its HTML. */
    static PageLinks scan(String html) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (String value : attributeValues(html, LINK_ATTRIBUTES)) {
            String link = unescape(value).strip();
            if (!link.isEmpty() && !isExternal(link)) {
                // Interned: the site's record keeps every page's links, and most are the same few hundred
                // (navigation, topics, assets) on tens of thousands of pages.
                seen.add(link.intern());
            }
        }
        return new PageLinks(List.copyOf(seen), ids(html));
    }

    private String problemWith(String page, String link, Set<String> files) {
        int hash = link.indexOf('#');
        String path = hash >= 0 ? link.substring(0, hash) : link;
        String fragment = hash >= 0 ? link.substring(hash + 1) : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = page;
        if (!path.isEmpty()) {
            if (path.indexOf('%') >= 0) {
                try {
                    path = URI.create(path).getPath();
                } catch (IllegalArgumentException e) {
                    return "not a valid URL";
                }
            }
            String joined;
            if (path.startsWith("/")) {
                if (!path.startsWith(basePath)) {
                    return "outside the site's base path " + basePath;
                }
                joined = path.substring(basePath.length());
            } else {
                int slash = page.lastIndexOf('/');
                joined = (slash >= 0 ? page.substring(0, slash + 1) : "") + path;
            }
            String normalised = normalise(joined);
            if (normalised == null) {
                return "points outside the site";
            }
            if (files.contains(normalised)) {
                target = normalised;
            } else if (files.contains(folderIndex(normalised))) {
                target = folderIndex(normalised);
            } else {
                return "no such file " + (normalised.isEmpty() ? "index.html" : normalised);
            }
        }
        if (!fragment.isEmpty() && target.endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no id \"" + fragment + "\" in " + target;
        }
        return null;
    }

    private String describe(String page, String link, String problem) {
        LinkSources source = sources.get(page);
        int line = source == null ? 0 : source.lineOf(link);
        if (line > 0) {
            return source.markdownFile() + ":" + line + ": broken link \"" + link + "\" (" + problem + ") in " + page;
        }
        return page + ": broken link \"" + link + "\" (" + problem + ")";
    }

    /** {@code a/b/../c/} as {@code a/c/}; {@code null} if it climbs above the site's root. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!segment.equals(".") && (!segment.isEmpty() || i == segments.length - 1)) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private static String folderIndex(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path + "/index.html";
    }

    private static boolean isExternal(String link) {
        if (link.startsWith("//")) {
            return true;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private Set<String> idsOf(String page) {
        return idsByPage.getOrDefault(page, Set.of());
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        for (String value : attributeValues(html, ID_ATTRIBUTES)) {
            ids.add(unescape(value).intern());
        }
        return Set.copyOf(ids);
    }

    /** The quoted values of the given attributes ({@code " href="}), in either kind of quotes. */
    private static List<String> attributeValues(String html, String[] attributes) {
        List<String> values = new ArrayList<>();
        for (String attribute : attributes) {
            int from = 0;
            while ((from = html.indexOf(attribute, from)) >= 0) {
                int start = from + attribute.length();
                from = start;
                if (start >= html.length()) {
                    break;
                }
                char quote = html.charAt(start);
                if (quote != '"' && quote != '\'') {
                    continue;
                }
                int end = html.indexOf(quote, start + 1);
                if (end < 0) {
                    break;
                }
                values.add(html.substring(start + 1, end));
                from = end + 1;
            }
        }
        return values;
    }

    /** Attribute values as the browser reads them: the few entities our templates and flexmark write. */
    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private String read(String page) {
        try {
            return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
