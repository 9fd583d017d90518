package news.editorials.search;

import java.util.List;
import java.util.Map;
import news.editorials.markup.BodyText;
import org.jbake.model.DocumentModel;

/**
 * What search knows of one editorial: the fields it matches on and what a result shows.
 *
 * @param url      site-root-relative, as everywhere in the bake ({@code editorials/2025/x/})
 * @param byline   as the listing pages print it: "By Jane Doe", or "Editorial" when unsigned
 * @param bodyText the body as plain text, footnote markers dropped
 */
public record SearchDocument(String title, String url, String dateIso, String dateDisplay, String byline,
                             String author, String summary, List<String> topics, String bodyText) {

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
                author, (String) editorial.getOrDefault("summary", ""), topics, bodyText(editorial));
    }

    /** The text kept with the parse (see {@link BodyText}), or read from the HTML for a document made elsewhere. */
    private static String bodyText(DocumentModel editorial) {
        return editorial.get(BodyText.KEY) instanceof String text ? text : BodyText.of(editorial.getBody());
    }

    /** Summary, topics and author: the fields that rank between a title match and a body-only match. */
    String metaText() {
        return String.join(" ", summary == null ? "" : summary, String.join(" ", topics), author == null ? "" : author);
    }
}
