package news.editorials.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The plain text of a rendered editorial body, as search matches and quotes it. Computed when the Markdown is
 * parsed and kept in the document under {@link #KEY}, so that it is cached with the parse: a bake that
 * re-parses one editorial does not re-read ten thousand bodies' HTML to index them.
 */
public final class BodyText {
    /** The document field holding the text. */
    public static final String KEY = "body_text";

    private BodyText() {
    }

    /**
     * Text of rendered HTML, footnotes included. Footnote markers go first: jsoup would join "here" and its
     * marker "1" into one word, "here1", that nobody searches for.
     */
    public static String of(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.select("sup:has(a.footnote-ref), a.footnote-backref").remove();
        return document.body().text();
    }
}
