package news.editorials.bake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.editorials.cache.BakeCache;
import news.editorials.cache.Digest;
import news.editorials.cache.StoredText;
import news.editorials.cache.TrackedDocument;
import news.editorials.content.ContentException;
import news.editorials.content.ContentFiles;
import news.editorials.content.DocumentHeader;
import news.editorials.content.SitePaths;
import news.editorials.content.Slugs;
import news.editorials.content.Utf8Text;
import news.editorials.markup.EditorialMarkdownEngine;
import news.editorials.search.SearchText;
import news.editorials.store.InMemoryContentStore;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * Finds the content files, parses them on every core and adds them to the store.
 *
 * <p>Replaces JBake's crawler, which parses one file at a time, hashes every file for a cache that keeps
 * deleted content, and logs and skips a file whose header it cannot read. Here every problem in every file
 * is collected and the bake fails listing them all, and a file the {@link BakeCache} has parsed before, with
 * the same bytes, is not parsed again.
 */
final class ContentCrawler extends Crawler {
    private final ContentStore store;
    private final ContentFiles contentFiles;
    private final Path contentDir;
    private final EditorialMarkdownEngine engine;
    private final boolean includeDrafts;
    private final LocalDate dayOfBake;
    private final String board;
    /** Authors recur on thousands of editorials: each one's page is worked out once, its strings held once. */
    private final Map<String, AuthorPage> authorPages = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Progress progress;
    private final BakeCache cache;
    private final Path workingDir = Path.of("").toAbsolutePath();
    private final Map<String, LinkSources> linkSources = new java.util.concurrent.ConcurrentHashMap<>();
    private int documentCount;
    private int scheduledCount;

    ContentCrawler(ContentStore store, JBakeConfiguration config, ContentFiles contentFiles, EditorialMarkdownEngine engine,
                   boolean includeDrafts, LocalDate dayOfBake, Progress progress, BakeCache cache) {
        super(store, config);
        this.cache = cache;
        this.store = store;
        this.contentFiles = contentFiles;
        this.contentDir = contentFiles.root();
        this.engine = engine;
        this.includeDrafts = includeDrafts;
        this.dayOfBake = dayOfBake;
        this.board = boardName(config);
        this.progress = progress;
    }

    @Override
    public void crawl() {
        progress.endPhase("set-up");
        List<Path> files = markdownFiles();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<DocumentModel> documents = files.parallelStream().map(file -> {
            try {
                DocumentModel document = parse(file);
                progress.parsed();
                return document;
            } catch (ContentException e) {
                problems.add(e.describe());
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                // A library failing on odd input must still name the file, and not hide the other problems.
                problems.add(displayPath(file) + ": cannot be parsed: " + e);
                return null;
            }
        }).toList();
        checkUniqueUrls(files, documents, problems);
        if (!problems.isEmpty()) {
            List<String> sorted = new ArrayList<>(problems);
            Collections.sort(sorted);
            throw new BakeException(sorted);
        }
        // Drafts and scheduled editorials never reach the store outside a preview, so no page, listing,
        // feed, sitemap or index built from the store can show them.
        for (DocumentModel document : documents) {
            if (document == null) {
                continue;
            }
            boolean scheduled = isScheduled(document);
            if (includeDrafts) {
                document.put("scheduled", scheduled);
            } else if (scheduled) {
                scheduledCount++;
                continue;
            } else if (Boolean.TRUE.equals(document.get("draft"))) {
                continue;
            }
            store.addDocument(document);
            documentCount++;
        }
        progress.endPhase("parse");
        if (store instanceof InMemoryContentStore memory) {
            // Built here rather than on the first page's demand, so its cost (lists, neighbours, related
            // editorials) shows as a phase of its own.
            memory.index();
            // Nothing changes a document after this: page fingerprints may remember every list and map.
            cache.fingerprint().freeze();
            progress.endPhase("index");
        }
    }

    /** This project keeps no JBake data files. */
    @Override
    public void crawlDataFiles() {
    }

    int documentCount() {
        return documentCount;
    }

    /** Where the links of each page's body were written, by page ({@code editorials/2025/x/index.html}). */
    Map<String, LinkSources> linkSources() {
        return linkSources;
    }

    /** Editorials left out because they are dated after the day of the bake. */
    int scheduledCount() {
        return scheduledCount;
    }

    /** The author of unsigned editorials: {@code site.board} in {@code jbake.properties}, which the parse cache's key covers. */
    private static String boardName(JBakeConfiguration config) {
        Object boardName = config.get("site.board");
        return boardName == null || boardName.toString().isBlank() ? "Editorial Board" : boardName.toString();
    }

    private boolean isScheduled(DocumentModel document) {
        return DocumentHeader.EDITORIAL.equals(document.getType())
                && document.get("local_date") instanceof LocalDate date && date.isAfter(dayOfBake);
    }

    List<String> warnings() {
        List<String> sorted = new ArrayList<>(warnings);
        Collections.sort(sorted);
        return sorted;
    }

    private DocumentModel parse(Path file) {
        Path relative = contentDir.relativize(file);
        String source = relative.toString().replace('\\', '/');
        String folder = source.substring(0, source.length() - ".md".length());
        String uri = folder + "/index.html";
        String rootPath = SitePaths.rootPath(uri);
        BakeCache.Source cached = cache.source(source, file);
        DocumentModel document;
        // A cached parse holds its images' sizes and variants: it is used only if the images are still the same.
        if (cached.cached() && engine.imagesUnchanged(cached.model())) {
            // Entry by entry, in the order the parser left them, so the map iterates as a fresh parse's does.
            document = TrackedDocument.of(cached.model(), cached.parseDigest());
            warnings.addAll(cached.warnings());
        } else {
            String text = cached.bytes() != null ? Utf8Text.decode(file, cached.bytes()) : Utf8Text.read(file);
            EditorialMarkdownEngine.Parsed parsed = engine.parse(displayPath(file), text,
                    DocumentHeader.defaultTypeFor(relative), rootPath);
            warnings.addAll(parsed.header().warnings());
            document = parsed.document();
            String body = document.getBody();
            SearchText.addTo(document, body);
            // Long texts go to the cache's file as the parse is stored, and are read back for the page.
            document.put(ModelAttributes.BODY, StoredText.of(body == null ? "" : body));
            placeInSite(document, source, folder, uri, rootPath);
            Digest parseDigest = cached.store(document, parsed.header().warnings());
            document = TrackedDocument.of(document, parseDigest);
        }
        // From here on, the document records what changes: page fingerprints walk only that (and the parse's digest).
        LinkSources links = LinkSources.of(displayPath(file), document);
        if (!links.recordedLinks().isEmpty()) {
            linkSources.put(uri, links);
        }
        // Not part of the parse: the same content in another folder gives the same parse.
        document.setFile(file.toString());
        return document;
    }

    /**
     * The document's place in the site, its author and, in a preview, a draft's status: stored with the parse
     * and covered by its digest, since they follow from the file's path and from settings that the parse
     * cache's key covers ({@code site.board}, drafts included or not). Set on every document after the parse,
     * they were a dozen changes that every page fingerprint walked, on every bake.
     */
    private void placeInSite(DocumentModel document, String source, String folder, String uri, String rootPath) {
        String url = folder + "/";
        document.setSourceUri(source);
        document.setUri(uri);
        document.setNoExtensionUri(url);
        document.put("url", url);
        document.setRootPath(rootPath);
        document.setSha1("");
        document.setRendered(false);
        document.setCached(false);
        if (DocumentHeader.EDITORIAL.equals(document.getType())) {
            // Unsigned editorials are the board's: they list on the board's author page.
            String name = document.get("author") instanceof String author ? author : board;
            AuthorPage author = authorPages.computeIfAbsent(name, AuthorPage::of);
            document.put("author_name", author.name());
            document.put("author_slug", author.slug());
            document.put("author_url", author.url());
        }
        if (includeDrafts && Boolean.TRUE.equals(document.get("draft"))) {
            // A preview shows drafts where they will be published, marked as drafts (see the templates).
            document.setStatus(DocumentHeader.PUBLISHED);
        }
    }

    private record AuthorPage(String name, String slug, String url) {
        static AuthorPage of(String name) {
            String slug = Slugs.slugify(name);
            return new AuthorPage(name, slug, SitePaths.author(slug));
        }
    }

    /** Paths in messages are relative to where the build runs, so a terminal can open them. */
    private Path displayPath(Path file) {
        return file.startsWith(workingDir) ? workingDir.relativize(file) : file;
    }

    /**
     * Two files whose URLs differ only in letter case would overwrite each other on a case-insensitive
     * disk or server, and a file under a generated section ({@code archive/}, {@code topics/}, ...) would be
     * overwritten by it: errors. The same slug in two years is legal (the year is in the URL) but more
     * often a copied file than a choice: a warning.
     */
    private void checkUniqueUrls(List<Path> files, List<DocumentModel> documents, List<String> problems) {
        Map<String, Path> urls = new HashMap<>();
        Map<String, Path> slugs = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentModel document = documents.get(i);
            if (document == null) {
                continue;
            }
            Path file = files.get(i);
            String url = ((String) document.get("url")).toLowerCase(java.util.Locale.ROOT);
            String section = url.substring(0, url.indexOf('/'));
            if (SitePaths.RESERVED_FOLDERS.contains(section)) {
                problems.add(displayPath(file) + ": its URL /" + url + " is inside /" + section
                        + "/, which the site generates; move or rename the file");
            }
            Path earlier = urls.putIfAbsent(url, file);
            if (earlier != null) {
                problems.add(displayPath(file) + ": has the same URL /" + url + " as " + displayPath(earlier)
                        + " (they differ only in letter case); rename one of them");
            }
            if (DocumentHeader.EDITORIAL.equals(document.getType())) {
                String slug = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                Path sameSlug = slugs.putIfAbsent(slug, file);
                if (sameSlug != null && earlier == null) {
                    warnings.add(displayPath(file) + ": has the same slug as " + displayPath(sameSlug)
                            + " (a copied file?); each gets its own URL under its year");
                }
            }
        }
    }

    /** Markdown files of the folder and links to them; not through links to folders, as JBake's crawler. */
    private List<Path> markdownFiles() {
        List<Path> markdown = new ArrayList<>();
        for (Path file : contentFiles.outsideLinks()) {
            if (file.getFileName().toString().endsWith(".md") && !isHidden(contentDir.relativize(file))) {
                markdown.add(file);
            }
        }
        return markdown;
    }

    /** Editors' swap files and dot-folders are not content. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }
}
