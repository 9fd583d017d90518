package news.editorials.search;

import java.util.List;
import java.util.Map;
import news.editorials.cache.StoredText;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * What search knows of one editorial: the fields it matches on and what a result shows.
 *
 * @param url      site-root-relative, as everywhere in the bake ({@code editorials/2025/x/})
 * @param byline   as the listing pages print it: "By Jane Doe", or "Editorial" when unsigned
 * @param bodyText  the body as plain text, footnote markers dropped
 * @param bodyWords the body's distinct folded words, separated by spaces, or {@code null} to cut them from
 *                  {@code bodyText}
 */
public record SearchDocument(String title, String url, String dateIso, String dateDisplay, String byline,
                             String author, String summary, List<String> topics, StoredText bodyText,
                             StoredText bodyWords) {

    /** From a crawled editorial (see {@code markup.EditorialMarkdownEngine} for its keys). */
    public static SearchDocument of(DocumentModel editorial) {
        String author = (String) editorial.get("author");
        String byline = (String) editorial.getOrDefault("byline", author);
        // The rule of the templates' byline macro: a signed piece reads "By ...", the paper's own voice does not.
        String shownByline = author != null ? "By " + byline : (byline != null ? byline : "Editorial");
        List<String> topics = ((List<?>) editorial.getOrDefault("topics", List.of())).stream()
                .map(topic -> (String) ((Map<?, ?>) topic).get("name"))
                .toList();
        return new SearchDocument(editorial.getTitle(), (String) editorial.get("url"),
                (String) editorial.get("date_iso"), (String) editorial.get("date_display"), shownByline,
                author, (String) editorial.getOrDefault("summary", ""), topics, bodyText(editorial),
                stored(editorial.get(SearchText.WORDS)));
    }

    /** The text kept with the parse (see {@link SearchText}), or read from the HTML for a document made elsewhere. */
    private static StoredText bodyText(DocumentModel editorial) {
        StoredText kept = stored(editorial.get(SearchText.TEXT));
        if (kept != null) {
            return kept;
        }
        Object body = editorial.get(ModelAttributes.BODY);
        return StoredText.of(SearchText.plainText(body == null ? null : body.toString()));
    }

    /** A text kept in the bake cache's file, or given as a string (a document made elsewhere, a test's). */
    private static StoredText stored(Object value) {
        return value instanceof StoredText text ? text : value instanceof String text ? StoredText.of(text) : null;
    }

    /** The body's distinct folded words, separated by single spaces (a folded word has none). */
    String distinctBodyWords() {
        if (bodyWords == null) {
            return String.join(" ", new java.util.LinkedHashSet<>(SearchWords.words(bodyText.text())));
        }
        return bodyWords.text();
    }

    /** Summary, topics and author: the fields that rank between a title match and a body-only match. */
    String metaText() {
        return String.join(" ", summary == null ? "" : summary, String.join(" ", topics), author == null ? "" : author);
    }
}
