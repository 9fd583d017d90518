package news.editorials.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org JSON-LD a page carries for search engines: an {@code OpinionNewsArticle} on each editorial,
 * a {@code WebSite} on the home page, nothing elsewhere. Built from the same page model the templates read,
 * so the structured data cannot drift from what the page shows.
 *
 * <pre>{@code
 * String json = StructuredData.forPage(content, config);   // null when the page carries none
 * }</pre>
 */
public final class StructuredData {
    private static final String SCHEMA = "https://schema.org";

    private StructuredData() {
    }

    /**
     * The JSON-LD for a page, ready to print inside {@code <script type="application/ld+json">}, or
     * {@code null} when the page has none: pages kept out of search (drafts, scheduled editorials in a preview)
     * carry no structured data either.
     *
     * @param content the page's model ({@code content} in templates)
     * @param config  the site's settings ({@code config} in templates: {@code site_host}, {@code site_title} ...)
     */
    public static String forPage(Map<String, Object> content, Map<String, Object> config) {
        if (Boolean.TRUE.equals(content.get("draft")) || Boolean.TRUE.equals(content.get("scheduled"))) {
            return null;
        }
        Object type = content.get("type");
        if ("editorial".equals(type)) {
            return ScriptSafeJson.write(article(content, config));
        }
        if ("index".equals(type) && Integer.valueOf(1).equals(content.getOrDefault("page_number", 1))) {
            return ScriptSafeJson.write(website(config));
        }
        return null;
    }

    static Map<String, Object> article(Map<String, Object> content, Map<String, Object> config) {
        String host = text(config, "site_host");
        String canonical = host + text(content, "url");
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", SCHEMA);
        article.put("@type", "OpinionNewsArticle");
        article.put("headline", content.get("title"));
        article.put("url", canonical);
        article.put("mainEntityOfPage", node("WebPage", "@id", canonical));
        article.put("datePublished", content.get("date_iso"));
        putIfPresent(article, "dateModified", content.get("modified_iso"));
        putIfPresent(article, "description", content.get("summary"));
        putIfPresent(article, "wordCount", content.get("word_count"));
        putIfPresent(article, "inLanguage", config.get("site_language"));
        Map<String, Object> author = content.get("author") != null
                ? node("Person", "name", content.get("author")) : node("Organization", "name", content.get("author_name"));
        if (content.get("author_url") != null) {
            author.put("url", host + content.get("author_url"));
        }
        article.put("author", author);
        article.put("publisher", publisher(config));
        List<Object> sections = new ArrayList<>();
        for (Object topic : (List<?>) content.getOrDefault("topics", List.of())) {
            sections.add(((Map<?, ?>) topic).get("name"));
        }
        if (!sections.isEmpty()) {
            article.put("articleSection", sections);
        }
        if (content.get("series") != null) {
            Map<String, Object> series = node("CreativeWorkSeries", "name", content.get("series"));
            putIfPresent(series, "url", content.get("series_url") == null ? null : host + content.get("series_url"));
            article.put("isPartOf", series);
            putIfPresent(article, "position", content.get("number"));
        }
        List<Object> corrections = new ArrayList<>();
        for (Object item : (List<?>) content.getOrDefault("corrections", List.of())) {
            Map<?, ?> correction = (Map<?, ?>) item;
            Map<String, Object> comment = node("CorrectionComment", "text", correction.get("text"));
            comment.put("datePublished", correction.get("date_iso"));
            corrections.add(comment);
        }
        if (!corrections.isEmpty()) {
            article.put("correction", corrections);
        }
        return article;
    }

    static Map<String, Object> website(Map<String, Object> config) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@context", SCHEMA);
        site.put("@type", "WebSite");
        site.put("name", config.get("site_title"));
        site.put("url", text(config, "site_host"));
        putIfPresent(site, "description", config.get("site_description"));
        putIfPresent(site, "inLanguage", config.get("site_language"));
        site.put("publisher", publisher(config));
        return site;
    }

    private static Map<String, Object> publisher(Map<String, Object> config) {
        Map<String, Object> publisher = node("Organization", "name", config.get("site_title"));
        publisher.put("url", text(config, "site_host"));
        return publisher;
    }

    private static Map<String, Object> node(String type, String key, Object value) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put(key, value);
        return node;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !"".equals(value)) {
            map.put(key, value);
        }
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }
}
