package news.editorials.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page shown in place of the site while the last bake failed. */
class ErrorPageTest {
    @Test
    void listsEveryProblemAsText() {
        List<String> problems = List.of("templates/page.ftl:2: <b>no_such_value</b> is missing",
                "content/a.md:3: date & \"time\" 'bad'");

        Document page = Jsoup.parse(ErrorPage.html(problems, ReloadScript.tag("x.1")));

        assertEquals(problems, page.select("ul.problems li").eachText());
        assertEquals(0, page.select("ul.problems b").size(), "markup in a message is shown, not applied");
        assertEquals("2 problems. Fix and save: this page reloads by itself.", page.selectFirst("p").text());
    }

    @Test
    void carriesTheReloadScript() {
        Document page = Jsoup.parse(ErrorPage.html(List.of("x"), ReloadScript.tag("x.1")));

        assertEquals(1, page.body().select("script").size());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Preview: bake failed", page.title());
    }
}
