package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @Test
    void sectionUrlsEndWithASlash() {
        assertEquals("archive/2025/", SitePaths.year("2025"));
        assertEquals("topics/trade/", SitePaths.topic("trade"));
        assertEquals("series/the-federalist/", SitePaths.series("the-federalist"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|1|''", "''|2|page/2/", "topics/trade/|1|topics/trade/", "topics/trade/|12|topics/trade/page/12/"})
    void laterPagesOfAListingLiveUnderItsPageFolder(String first, int number, String expected) {
        assertEquals(expected, SitePaths.listingPage(first, number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|index.html", "about/|about/index.html", "feed.xml|feed.xml", "page/2/|page/2/index.html"})
    void folderUrlsAreWrittenAsIndexFilesAndBack(String url, String file) {
        assertEquals(file, SitePaths.file(url));
        assertEquals(url, SitePaths.url(file));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "index.html|''", "feed.xml|''", "about/index.html|../", "archive/2025/page/3/index.html|../../../../"})
    void rootPathClimbsOneLevelPerFolder(String file, String rootPath) {
        assertEquals(rootPath, SitePaths.rootPath(file));
    }
}
