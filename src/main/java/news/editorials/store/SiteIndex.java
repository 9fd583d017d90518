package news.editorials.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbake.model.DocumentModel;

/**
 * Everything the site's pages list, computed once per bake from the crawled documents: documents by type,
 * published editorials newest first, and editorials by year, topic, series and author. Building it also links each
 * editorial to its neighbours (older and newer, and within its series) and to its related editorials
 * ({@link RelatedEditorials}), so no page ever searches a list.
 */
public final class SiteIndex {
    /** What the site's order reads of a document. */
    private record SortKey(Date date, Integer number, String source) {
        static SortKey of(DocumentModel document) {
            return new SortKey(document.getDate(), (Integer) document.get("number"), document.getSourceuri());
        }
    }

    /** Newest first; on the same day the higher series number first; then by source path for a stable order. */
    private static final Comparator<SortKey> ORDER = Comparator
            .comparing(SortKey::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SortKey::number, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SortKey::source, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The site's order, for a few documents; {@link #newestFirst} sorts many. */
    static final Comparator<DocumentModel> NEWEST_FIRST = Comparator.comparing(SortKey::of, ORDER);

    /** A topic, series or author: its name, URL slug and the published editorials in it. */
    public record Group(String name, String slug, String url, List<DocumentModel> items) {
        public Map<String, Object> summary() {
            return Map.of("name", name, "slug", slug, "url", url, "count", items.size());
        }
    }

    private static final List<String> SUMMARY_KEYS = List.of("title", "url", "date_iso", "date_display", "number");

    private final List<DocumentModel> all;
    private final Map<String, IndexedDocumentList> byType = new HashMap<>();
    private final Map<String, IndexedDocumentList> publishedByType = new HashMap<>();
    private final List<DocumentModel> editorials;
    private final Map<String, List<DocumentModel>> byYear = new TreeMap<>(Comparator.reverseOrder());
    private final Map<String, Group> topics;
    private final Map<String, Group> series;
    private final Map<String, Group> authors;

    SiteIndex(List<DocumentModel> documents) {
        this.all = newestFirst(documents);

        Map<String, List<DocumentModel>> types = new HashMap<>();
        Map<String, List<DocumentModel>> publishedTypes = new HashMap<>();
        for (DocumentModel document : all) {
            types.computeIfAbsent(document.getType(), type -> new ArrayList<>()).add(document);
            if (isPublished(document)) {
                publishedTypes.computeIfAbsent(document.getType(), type -> new ArrayList<>()).add(document);
            }
        }
        types.forEach((type, list) -> byType.put(type, new IndexedDocumentList(list)));
        publishedTypes.forEach((type, list) -> publishedByType.put(type, new IndexedDocumentList(list)));

        this.editorials = publishedTypes.getOrDefault("editorial", List.of());
        // What other pages show of an editorial (its neighbours', series' and related lists' links): one map
        // for each, shared by every page that links to it.
        List<Map<String, Object>> summaries = new ArrayList<>(editorials.size());
        Map<DocumentModel, Map<String, Object>> summaryOf = new IdentityHashMap<>(editorials.size());
        for (DocumentModel editorial : editorials) {
            Map<String, Object> summary = summary(editorial);
            summaries.add(summary);
            summaryOf.put(editorial, summary);
        }
        Map<String, Group> topicGroups = new TreeMap<>();
        Map<String, Group> seriesGroups = new TreeMap<>();
        Map<String, Group> authorGroups = new TreeMap<>();
        for (int i = 0; i < editorials.size(); i++) {
            DocumentModel editorial = editorials.get(i);
            putNav(editorial, "previous", i + 1 < editorials.size() ? summaries.get(i + 1) : null);
            putNav(editorial, "next", i > 0 ? summaries.get(i - 1) : null);
            byYear.computeIfAbsent((String) editorial.get("year"), year -> new ArrayList<>()).add(editorial);
            for (Object topic : (List<?>) editorial.getOrDefault("topics", List.of())) {
                Map<?, ?> t = (Map<?, ?>) topic;
                topicGroups.computeIfAbsent((String) t.get("slug"), slug ->
                        new Group((String) t.get("name"), slug, (String) t.get("url"), new ArrayList<>())).items().add(editorial);
            }
            if (editorial.get("author_slug") instanceof String slug) {
                authorGroups.computeIfAbsent(slug, s -> new Group((String) editorial.get("author_name"), s,
                        (String) editorial.get("author_url"), new ArrayList<>())).items().add(editorial);
            }
            if (editorial.get("series_slug") instanceof String slug) {
                seriesGroups.computeIfAbsent(slug, s ->
                        new Group((String) editorial.get("series"), s, (String) editorial.get("series_url"), new ArrayList<>())).items().add(editorial);
            }
        }
        for (Group group : seriesGroups.values()) {
            group.items().sort(Comparator.comparing((DocumentModel d) -> (Integer) d.get("number"), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(NEWEST_FIRST.reversed()));
            List<DocumentModel> papers = group.items();
            for (int i = 0; i < papers.size(); i++) {
                DocumentModel paper = papers.get(i);
                paper.put("series_total", papers.size());
                putNav(paper, "series_previous", i > 0 ? summaryOf.get(papers.get(i - 1)) : null);
                putNav(paper, "series_next", i + 1 < papers.size() ? summaryOf.get(papers.get(i + 1)) : null);
            }
        }
        this.topics = new LinkedHashMap<>(topicGroups);
        this.series = new LinkedHashMap<>(seriesGroups);
        this.authors = new LinkedHashMap<>(authorGroups);
        RelatedEditorials.link(editorials, summaries, topicGroups.values(), seriesGroups.values());
    }

    /**
     * The documents in {@link #NEWEST_FIRST} order, each one's sort keys read once: comparing documents reads
     * their fields from hash maps, and sorting ten thousand compares each about thirty times.
     */
    private static List<DocumentModel> newestFirst(List<DocumentModel> documents) {
        record Keyed(SortKey key, DocumentModel document) {
        }
        List<Keyed> keyed = new ArrayList<>(documents.size());
        for (DocumentModel document : documents) {
            keyed.add(new Keyed(SortKey.of(document), document));
        }
        keyed.sort(Comparator.comparing(Keyed::key, ORDER));
        List<DocumentModel> sorted = new ArrayList<>(keyed.size());
        keyed.forEach(item -> sorted.add(item.document()));
        return Collections.unmodifiableList(sorted);
    }

    private static void putNav(DocumentModel document, String key, Map<String, Object> target) {
        if (target == null) {
            document.remove(key);
        } else {
            document.put(key, target);
        }
    }

    /**
     * An editorial's {@code title}, {@code url}, {@code date_iso}, {@code date_display} and series {@code number}
     * (those it has). Read-only, and a {@code Map.of} of about 110 bytes: as a hash map of its own for every
     * link between editorials, summaries were 6 % of a bake's heap.
     */
    private static Map<String, Object> summary(DocumentModel editorial) {
        Map<String, Object> summary = new HashMap<>();
        for (String key : SUMMARY_KEYS) {
            Object value = editorial.get(key);
            if (value != null) {
                summary.put(key, value);
            }
        }
        return Map.copyOf(summary);
    }

    static boolean isPublished(DocumentModel document) {
        return "published".equals(document.getStatus());
    }

    /** Every document, newest first. */
    public List<DocumentModel> all() {
        return all;
    }

    public IndexedDocumentList ofType(String type) {
        return byType.getOrDefault(type, new IndexedDocumentList(List.of()));
    }

    public IndexedDocumentList publishedOfType(String type) {
        return publishedByType.getOrDefault(type, new IndexedDocumentList(List.of()));
    }

    /** Published editorials, newest first. */
    public List<DocumentModel> editorials() {
        return editorials;
    }

    /** Published editorials by year ("2025"), newest year first. */
    public Map<String, List<DocumentModel>> byYear() {
        return byYear;
    }

    /** Topics by slug, alphabetical; items newest first. */
    public Map<String, Group> topics() {
        return topics;
    }

    /**
     * Authors by slug, alphabetical; items newest first. Unsigned editorials are listed under the editorial
     * board ({@code site.board}), which the crawler names as their author.
     */
    public Map<String, Group> authors() {
        return authors;
    }

    /** Series by slug; items in number order. */
    public Map<String, Group> series() {
        return series;
    }
}
