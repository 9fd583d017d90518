package news.editorials.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reload script: where it goes in a page, and what it does. */
class ReloadScriptTest {
    private static final String TAG = ReloadScript.tag("abc.7");

    @Test
    void goesJustBeforeTheClosingBodyTag() {
        String html = ReloadScript.inject("<!DOCTYPE html><html><head></head><body><p>Text</p></body></html>", TAG);

        Document page = Jsoup.parse(html);
        Element last = page.body().children().last();
        assertEquals("script", last.tagName());
        assertEquals("p", last.previousElementSibling().tagName());
        assertTrue(html.endsWith("</body></html>"), html);
    }

    @Test
    void isAppendedToAPageWithoutABodyTag() {
        assertEquals("<p>Fragment</p>" + TAG, ReloadScript.inject("<p>Fragment</p>", TAG));
    }

    @Test
    void findsTheBodyTagInAnyCase() {
        assertTrue(ReloadScript.inject("<BODY>x</BODY>", TAG).startsWith("<BODY>x" + TAG));
    }

    @Test
    void isAnExternalScriptCarryingItsBuild() {
        Element script = Jsoup.parse(TAG).selectFirst("script");

        assertEquals("/__preview/reload.js", script.attr("src"));
        assertEquals("abc.7", script.attr("data-build"));
        assertEquals("", script.data(), "no inline code, which the pages' Content-Security-Policy would block");
    }
}
