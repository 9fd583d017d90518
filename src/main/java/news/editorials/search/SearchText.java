package news.editorials.search;

import java.util.LinkedHashSet;
import java.util.Map;
import news.editorials.cache.StoredText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What search needs of an editorial's body, worked out once when the Markdown is parsed and kept in the
 * document, so that it is cached with the parse: an incremental bake rebuilds the whole index from ten
 * thousand cached documents without reading a body's HTML or cutting its words again.
 */
public final class SearchText {
    /** The body as plain text, for the snippet a result shows. */
    static final String TEXT = "search_text";
    /** The body's distinct folded words ({@link SearchWords}), separated by spaces, for the postings. */
    static final String WORDS = "search_words";

    private SearchText() {
    }

    /**
     * Adds both fields to a freshly parsed document, from its rendered body, as {@link StoredText}s: long, and
     * read only when the search index is made, so the bake cache keeps them in its file.
     */
    public static void addTo(Map<String, Object> document, String bodyHtml) {
        String text = plainText(bodyHtml);
        document.put(TEXT, StoredText.of(text));
        document.put(WORDS, StoredText.of(String.join(" ", new LinkedHashSet<>(SearchWords.words(text)))));
    }

    /**
     * Text of rendered HTML, footnotes included. Footnote markers go first: jsoup would join "here" and its
     * marker "1" into one word, "here1", that nobody searches for.
     */
    static String plainText(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.select("sup:has(a.footnote-ref), a.footnote-backref").remove();
        return document.body().text();
    }
}
