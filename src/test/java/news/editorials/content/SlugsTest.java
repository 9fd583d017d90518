package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pakistan-US cooperation | pakistan-us-cooperation",
            "Trump’s tariffs, again! | trumps-tariffs-again",
            "Café  society           | cafe-society",
            "  The Federalist        | the-federalist",
            "?!                      | ''"})
    void makesReadableUrlSegments(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }
}
