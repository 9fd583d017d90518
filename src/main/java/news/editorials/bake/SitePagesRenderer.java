package news.editorials.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.editorials.content.SitePaths;
import news.editorials.store.SiteIndex;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders the pages that list editorials: the paginated home page, the archive by year, topics, series,
 * authors (and their indexes),
 * the Atom feed, the sitemap, robots.txt and the 404 page.
 *
 * <p>JBake's own index, archive, tag and feed renderers are switched off in {@code jbake.properties}:
 * they paginate only the home page, write tags as {@code tags/x.html}, and let templates query the whole
 * store on every page. Each page here is a small document handed to JBake's {@link Renderer} with exactly
 * the editorials it lists, taken from the store's index, so a page costs the same however large the archive.
 */
public final class SitePagesRenderer implements RenderingTool {
    /** Entries in the Atom feed. */
    static final int FEED_SIZE = 20;
    /** Editorials per page of a year, topic or series ({@code listing.posts_per_page}): about 40 KB of HTML. */
    static final int DEFAULT_LISTING_SIZE = 50;

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof BakeStore store)) {
            return 0;
        }
        SiteIndex index = store.index();
        List<DocumentModel> pages = new ArrayList<>();
        int listingSize = intSetting(config, "listing.posts_per_page", DEFAULT_LISTING_SIZE);

        List<DocumentModel> editorials = index.editorials();
        pages.addAll(ListingPages.paginate("index", "", editorials, config.getPostsPerPage()));

        List<Map<String, Object>> years = new ArrayList<>();
        index.byYear().forEach((year, items) -> {
            String url = SitePaths.year(year);
            pages.addAll(ListingPages.paginate("archive", url, items, listingSize, "year", year));
            years.add(Map.of("year", year, "count", items.size(), "url", url));
        });
        pages.add(page("archiveindex", SitePaths.file(SitePaths.ARCHIVE), "years", years));

        List<Map<String, Object>> topics = new ArrayList<>();
        for (SiteIndex.Group topic : index.topics().values()) {
            pages.addAll(ListingPages.paginate("topic", topic.url(), topic.items(), listingSize, "topic", topic.summary()));
            topics.add(topic.summary());
        }
        pages.add(page("topics", SitePaths.file(SitePaths.TOPICS), "topics", topics));

        List<Map<String, Object>> seriesList = new ArrayList<>();
        for (SiteIndex.Group series : index.series().values()) {
            pages.addAll(ListingPages.paginate("series", series.url(), series.items(), listingSize, "series", series.summary()));
            seriesList.add(series.summary());
        }
        pages.add(page("seriesindex", SitePaths.file(SitePaths.SERIES), "series_list", seriesList));

        List<Map<String, Object>> authors = new ArrayList<>();
        for (SiteIndex.Group author : index.authors().values()) {
            pages.addAll(ListingPages.paginate("author", author.url(), author.items(), listingSize, "author", author.summary()));
            authors.add(author.summary());
        }
        pages.add(page("authors", SitePaths.file(SitePaths.AUTHORS), "authors", authors));

        List<DocumentModel> feedItems = editorials.subList(0, Math.min(FEED_SIZE, editorials.size()));
        // The feed changed when its newest entry did, which may be an older editorial's correction.
        String updated = feedItems.stream().map(item -> (String) item.get("updated_iso"))
                .max(String::compareTo).orElse("1970-01-01T00:00:00Z");
        pages.add(page("feed", "feed.xml", "items", feedItems, "updated_iso", updated));
        pages.addAll(sitemapPages(config, sitemapUrls(config, index, pages)));
        pages.add(page("robots", "robots.txt"));
        DocumentModel notFound = page("error404", "404.html");
        // Served for any missing path, so its links cannot be relative: they start from the site's base path.
        notFound.setRootPath(SiteBaker.basePath(config));
        pages.add(notFound);

        ParallelPages.render(renderer, pages, DocumentModel::getUri, store.progress(), page -> { });
        return pages.size();
    }

    /** A listing page: its type picks the template ({@code template.<type>.file}), its URI the output file. */
    static DocumentModel page(String type, String uri, Object... values) {
        DocumentModel page = new DocumentModel();
        page.setType(type);
        page.setStatus("published");
        page.setUri(uri);
        page.put("url", SitePaths.url(uri));
        page.setRootPath(SitePaths.rootPath(uri));
        for (int i = 0; i < values.length; i += 2) {
            page.put((String) values[i], values[i + 1]);
        }
        return page;
    }

    private static int intSetting(JBakeConfiguration config, String key, int fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.toString().strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BakeException(List.of("jbake.properties: " + key + " must be a whole number above 0, not '" + value + "'"));
    }

    /** One {@code sitemap.xml}, or a sitemap index and its numbered parts when the protocol's limits require. */
    private static List<DocumentModel> sitemapPages(JBakeConfiguration config, List<Map<String, Object>> urls) {
        int maxUrls = intSetting(config, "sitemap.max_urls", Sitemaps.PROTOCOL_MAX_URLS);
        List<List<Map<String, Object>>> parts = Sitemaps.split(urls, Math.min(maxUrls, Sitemaps.PROTOCOL_MAX_URLS),
                Sitemaps.PROTOCOL_MAX_BYTES);
        if (parts.size() == 1) {
            return List.of(page("sitemap", "sitemap.xml", "urls", urls));
        }
        List<DocumentModel> files = new ArrayList<>();
        List<String> partUrls = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String file = Sitemaps.partFile(i + 1);
            files.add(page("sitemap", file, "urls", parts.get(i)));
            partUrls.add(config.getSiteHost() + file);
        }
        files.add(page("sitemapindex", "sitemap.xml", "sitemaps", partUrls));
        return files;
    }

    private static List<Map<String, Object>> sitemapUrls(JBakeConfiguration config, SiteIndex index, List<DocumentModel> listings) {
        String host = config.getSiteHost();
        List<Map<String, Object>> urls = new ArrayList<>();
        for (DocumentModel document : index.all()) {
            if ("published".equals(document.getStatus())) {
                Map<String, Object> url = new HashMap<>();
                url.put("loc", host + document.get("url"));
                if (document.get("lastmod") != null) {
                    url.put("lastmod", document.get("lastmod"));
                }
                urls.add(url);
            }
        }
        for (DocumentModel listing : listings) {
            if (listing.getUri().endsWith("index.html")) {
                urls.add(Map.of("loc", host + listing.get("url")));
            }
        }
        return urls;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("JBake's deprecated rendering API is not supported");
    }
}
