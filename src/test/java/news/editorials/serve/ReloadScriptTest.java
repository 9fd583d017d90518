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
    void listensForReloadEventsOfTheGivenBuild() {
        Element script = Jsoup.parse(TAG).selectFirst("script");

        assertEquals("new EventSource(\"/__preview/events?build=abc.7\")"
                + ".addEventListener(\"reload\",function(){location.reload()})", script.data());
        assertTrue(script.attributes().isEmpty(), "a classic inline script");
        assertTrue(TAG.length() < 150, "small: " + TAG.length() + " characters");
    }
}
