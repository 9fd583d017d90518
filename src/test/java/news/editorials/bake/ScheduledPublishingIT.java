package news.editorials.bake;

import static news.editorials.testing.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import news.editorials.testing.TestSites;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editorial dated after the day of the bake is scheduled: left out of every page, listing, feed and sitemap
 * until a bake as of its date, and shown, marked, in the preview. The fixture content plus one editorial dated
 * 1 January 2099, baked as of the day before, the day itself, and as a preview.
 */
class ScheduledPublishingIT {
    private static final String PAGE = "editorials/2099/scheduled/index.html";
    private static final String TITLE = "A scheduled editorial";

    @TempDir
    static Path temp;
    private static Path content;

    @BeforeAll
    static void content() throws IOException {
        content = temp.resolve("content");
        TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
        Path year = Files.createDirectories(content.resolve("editorials/2099"));
        Files.writeString(year.resolve("scheduled.md"), """
                ---
                title: A scheduled editorial
                date: 2099-01-01
                author: Jane Doe
                topics: [Trade]
                ---
                Published only when the bake's day reaches its date.
                """);
    }

    private static BakeReport bake(String name, LocalDate asOf, boolean preview) {
        return SiteBaker.bake(BakeRequest.of(TestSites.PROJECT, temp.resolve(name)).withContentDir(content)
                .withImagesDir(TestSites.FIXTURE_IMAGES).asOf(asOf).withDrafts(preview));
    }

    private static boolean mentionsIt(Path site, String file) throws IOException {
        return Files.readString(site.resolve(file)).contains(TITLE) || Files.readString(site.resolve(file)).contains("2099/scheduled");
    }

    @Test
    void theDayBeforeItIsLeftOutEverywhereAndCounted() throws IOException {
        BakeReport report = bake("day-before", LocalDate.of(2098, 12, 31), false);
        Path site = report.outputDir();
        assertEquals(1, report.scheduled());
        assertFalse(Files.exists(site.resolve(PAGE)));
        assertFalse(Files.exists(site.resolve("archive/2099")));
        for (String file : new String[] {"index.html", "feed.xml", "sitemap.xml", "topics/trade/index.html",
                "archive/index.html", "editorials/2025/newest/index.html"}) {
            assertFalse(mentionsIt(site, file), file + " mentions the scheduled editorial");
        }
        for (String file : TestSites.files(site, ".html")) {
            assertFalse(mentionsIt(site, file), file);
        }
    }

    @Test
    void onItsDayItIsPublishedLikeAnyOther() throws IOException {
        BakeReport report = bake("on-the-day", LocalDate.of(2099, 1, 1), false);
        Path site = report.outputDir();
        assertEquals(0, report.scheduled());
        Document page = page(site, PAGE);
        assertEquals(TITLE, page.selectFirst("h1").text());
        assertTrue(page.select(".ed-draft").isEmpty(), "no flag once published");
        assertTrue(page.select("meta[name=robots]").isEmpty());
        assertEquals(TITLE, page(site, "index.html").selectFirst("main h2").text());
        for (String file : new String[] {"feed.xml", "sitemap.xml", "topics/trade/index.html", "archive/2099/index.html"}) {
            assertTrue(mentionsIt(site, file), file);
        }
    }

    @Test
    void theNextDaysIncrementalBakePublishesIt() throws IOException {
        BakeReport before = bake("next-day", LocalDate.of(2098, 12, 31), false);
        assertFalse(Files.exists(before.outputDir().resolve(PAGE)));
        BakeReport after = bake("next-day", LocalDate.of(2099, 1, 1), false);
        assertTrue(after.cache().startsWith("incremental"), after.cache());
        assertEquals(TITLE, page(after.outputDir(), PAGE).selectFirst("h1").text());
        assertEquals(TITLE, page(after.outputDir(), "index.html").selectFirst("main h2").text());
        assertTrue(mentionsIt(after.outputDir(), "feed.xml"));
        assertTrue(mentionsIt(after.outputDir(), "editorials/2025/newest/index.html"), "the old newest links to it as newer");
    }

    @Test
    void thePreviewShowsItMarkedAsScheduledAndKeptOutOfSearch() throws IOException {
        BakeReport report = bake("preview", LocalDate.of(2098, 12, 31), true);
        Document page = page(report.outputDir(), PAGE);
        assertEquals("Scheduled", page.selectFirst(".ed-article .ed-meta .ed-draft").text());
        assertNotNull(page.selectFirst("meta[name=robots][content=noindex]"));
        assertTrue(page.select("meta[property^=og:], script[type=application/ld+json]").isEmpty());
        assertEquals(0, report.scheduled(), "nothing left out of a preview");
        for (String file : TestSites.files(report.outputDir().resolve("search"), "")) {
            assertFalse(mentionsIt(report.outputDir().resolve("search"), file), "search/" + file + ": indexed like a draft would not be");
        }
    }

    @Test
    void todayIsTheCalendarDateInTheSiteTimeZone() {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(TestSites.PROJECT.toFile(), temp.resolve("unused").toFile(), false);
        BakeRequest today = BakeRequest.of(TestSites.PROJECT, temp.resolve("unused"));
        for (String zone : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
            config.setProperty("site.timezone", zone);
            LocalDate before = LocalDate.now(ZoneId.of(zone));
            LocalDate day = SiteBaker.dayOfBake(today, config);
            LocalDate after = LocalDate.now(ZoneId.of(zone));
            assertTrue(day.equals(before) || day.equals(after), zone + ": " + day);
        }
        config.setProperty("site.timezone", "Pacific/Kiritimati");
        assertEquals(LocalDate.of(2030, 5, 6), SiteBaker.dayOfBake(today.asOf(LocalDate.of(2030, 5, 6)), config),
                "-Dsite.now wins over the clock");
        config.setProperty("site.timezone", "Mars/Olympus");
        BakeException e = assertThrows(BakeException.class, () -> SiteBaker.dayOfBake(today, config));
        assertTrue(e.problems().get(0).startsWith("jbake.properties: site.timezone 'Mars/Olympus' is not a time zone"), e.getMessage());
    }
}
