package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build gate for internal links: every {@code href} and {@code src} in every generated page must point
 * at a generated file (a folder link at its {@code index.html}), and every {@code #fragment} at an
 * {@code id} in that page. Links to other sites are not followed.
 *
 * <p>Pages are scanned for attributes with a pattern rather than parsed into a DOM: they come from our own
 * templates and Markdown renderer, and a full HTML parse of every page would add seconds to a
 * 10,000-editorial bake for the same answer.
 */
final class LinkChecker {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private final Path site;
    private final String basePath;
    private final Map<Path, Set<String>> idsByPage = new ConcurrentHashMap<>();
    /** Most links (navigation, stylesheet, topics) recur on every page: look each target up once. */
    private final Map<Path, Path> resolvedTargets = new ConcurrentHashMap<>();
    private static final Path MISSING = Path.of("");

    /**
     * @param site     the baked site's folder
     * @param basePath the path the site is served from ("/"), for root-relative links such as the 404 page's
     */
    LinkChecker(Path site, String basePath) {
        this.site = site;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    /** Every broken link, as {@code page: broken link "target" (why)}, sorted. */
    List<String> check() {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(path -> path.toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        pages.parallelStream().forEach(page -> checkPage(page, problems));
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return sorted;
    }

    private void checkPage(Path page, List<String> problems) {
        String html = read(page);
        Matcher matcher = LINK.matcher(html);
        Set<String> seen = new HashSet<>();
        while (matcher.find()) {
            String link = unescape(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
            if (link.isEmpty() || EXTERNAL.matcher(link).matches() || !seen.add(link)) {
                continue;
            }
            String problem = problemWith(page, link);
            if (problem != null) {
                problems.add(site.relativize(page) + ": broken link \"" + link + "\" (" + problem + ")");
            }
        }
    }

    private String problemWith(Path page, String link) {
        int hash = link.indexOf('#');
        String path = hash >= 0 ? link.substring(0, hash) : link;
        String fragment = hash >= 0 ? link.substring(hash + 1) : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else {
            String decoded;
            try {
                decoded = URI.create(path.replace(" ", "%20")).getPath();
            } catch (IllegalArgumentException e) {
                return "not a valid URL";
            }
            if (decoded.startsWith("/")) {
                if (!decoded.startsWith(basePath)) {
                    return "outside the site's base path " + basePath;
                }
                target = site.resolve(decoded.substring(basePath.length()));
            } else {
                target = page.getParent().resolve(decoded);
            }
            target = target.normalize();
            if (!target.startsWith(site)) {
                return "points outside the site";
            }
            Path file = resolvedTargets.computeIfAbsent(target, LinkChecker::existingFile);
            if (file == MISSING) {
                return "no such file " + site.relativize(target);
            }
            target = file;
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no id \"" + fragment + "\" in " + site.relativize(target);
        }
        return null;
    }

    /** The file a link target is served from (a folder by its index.html), or {@link #MISSING}. */
    private static Path existingFile(Path target) {
        Path file = Files.isDirectory(target) ? target.resolve("index.html") : target;
        return Files.isRegularFile(file) ? file : MISSING;
    }

    private Set<String> idsOf(Path page) {
        return idsByPage.computeIfAbsent(page, p -> {
            Set<String> ids = new HashSet<>();
            Matcher matcher = ID.matcher(read(p));
            while (matcher.find()) {
                ids.add(unescape(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
            }
            return ids;
        });
    }

    /** Attribute values as the browser reads them: the few entities our templates and flexmark write. */
    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
