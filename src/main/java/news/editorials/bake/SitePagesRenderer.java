package news.editorials.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.editorials.store.SiteIndex;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders the pages that list editorials: the paginated home page, the archive by year, topics, series
 * (and their indexes),
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

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof BakeStore store)) {
            return 0;
        }
        SiteIndex index = store.index();
        List<DocumentModel> pages = new ArrayList<>();
        int perPage = config.getPostsPerPage();

        List<DocumentModel> editorials = index.editorials();
        int pageCount = Math.max(1, (editorials.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pageCount; page++) {
            DocumentModel home = page("index", homeUri(page),
                    "items", editorials.subList((page - 1) * perPage, Math.min(page * perPage, editorials.size())),
                    "page_number", page, "page_count", pageCount);
            if (page > 1) {
                home.put("previous_url", homeUrl(page - 1));
            }
            if (page < pageCount) {
                home.put("next_url", homeUrl(page + 1));
            }
            pages.add(home);
        }

        List<Map<String, Object>> years = new ArrayList<>();
        index.byYear().forEach((year, items) -> {
            pages.add(page("archive", "archive/" + year + "/index.html", "year", year, "items", items));
            years.add(Map.of("year", year, "count", items.size(), "url", "archive/" + year + "/"));
        });
        pages.add(page("archiveindex", "archive/index.html", "years", years));

        List<Map<String, Object>> topics = new ArrayList<>();
        for (SiteIndex.Group topic : index.topics().values()) {
            pages.add(page("topic", topic.url() + "index.html", "topic", topic.summary(), "items", topic.items()));
            topics.add(topic.summary());
        }
        pages.add(page("topics", "topics/index.html", "topics", topics));

        List<Map<String, Object>> seriesList = new ArrayList<>();
        for (SiteIndex.Group series : index.series().values()) {
            pages.add(page("series", series.url() + "index.html", "series", series.summary(), "items", series.items()));
            seriesList.add(series.summary());
        }
        pages.add(page("seriesindex", "series/index.html", "series_list", seriesList));

        List<DocumentModel> feedItems = editorials.subList(0, Math.min(FEED_SIZE, editorials.size()));
        // The feed changed when its newest entry did, which may be an older editorial's correction.
        String updated = feedItems.stream().map(item -> (String) item.get("updated_iso"))
                .max(String::compareTo).orElse("1970-01-01T00:00:00Z");
        pages.add(page("feed", "feed.xml", "items", feedItems, "updated_iso", updated));
        pages.add(page("sitemap", "sitemap.xml", "urls", sitemapUrls(config, index, pages)));
        pages.add(page("robots", "robots.txt"));
        DocumentModel notFound = page("error404", "404.html");
        // Served for any missing path, so its links cannot be relative: they start from the site's base path.
        notFound.setRootPath(SiteBaker.basePath(config));
        pages.add(notFound);

        ParallelPages.render(renderer, pages, DocumentModel::getUri, store.progress(), page -> { });
        return pages.size();
    }

    private static String homeUri(int page) {
        return page == 1 ? "index.html" : "page/" + page + "/index.html";
    }

    private static String homeUrl(int page) {
        return page == 1 ? "" : "page/" + page + "/";
    }

    /** A listing page: its type picks the template ({@code template.<type>.file}), its URI the output file. */
    private static DocumentModel page(String type, String uri, Object... values) {
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
