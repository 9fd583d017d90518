package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.TimeZone;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date is the day the editor wrote, wherever the bake runs. JBake parses and formats dates in the
 * machine's zone (its issues #726, #748); this bakes under the zones furthest west and east of UTC.
 */
class CalendarDatesIT {

    @ParameterizedTest
    @ValueSource(strings = {"Etc/GMT+12", "Pacific/Pago_Pago", "Pacific/Kiritimati", "Etc/GMT-14"})
    void datesShowTheWrittenDayInAnyTimeZone(String zone, @TempDir Path out) {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            TestSites.bake(news.editorials.bake.BakeRequest.of(TestSites.PROJECT, out.resolve("site"))
                    .withContentDir(TestSites.FIXTURE_CONTENT).withImagesDir(TestSites.FIXTURE_IMAGES));
        } finally {
            TimeZone.setDefault(original);
        }
        Document page = page(out.resolve("site"), "editorials/2025/script-title/index.html");
        assertEquals("2025-07-27", page.selectFirst("main time").attr("datetime"));
        assertEquals("27 July 2025", page.selectFirst("main time").text());
        Document home = page(out.resolve("site"), "index.html");
        assertEquals("2025-08-01", home.selectFirst("main time").attr("datetime"));
        assertEquals("1 August 2025", home.selectFirst("main time").text());
    }
}
