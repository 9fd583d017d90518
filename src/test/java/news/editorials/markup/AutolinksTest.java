package news.editorials.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;

/** Our pre-filtered autolinks must link exactly what flexmark's own extension links. */
class AutolinksTest {

    private static String render(Parser.ParserExtension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create(), autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static List<String> samples() throws IOException {
        List<String> samples = new ArrayList<>(List.of(
                "See https://example.com/report and more.",
                "Quoted: \u201chttps://example.com/a\u201d and \"http://example.org/b\".",
                "Write to desk@example.com or visit www.example.org today.",
                "WWW.EXAMPLE.ORG in capitals, and Www.Example.Net.",
                "A *https://example.com/in-emphasis* link, and ftp://files.example.com/x.",
                "Not links: 10:30, a ratio 3:2, the www of it, an @ sign alone.",
                "Entity then URL: &amp;https://example.com/x and 'https://example.com/y'.",
                "Already a link: [text](https://example.com/z) and <https://example.com/angle>.",
                "Dashes -- and quotes \"around\" www.example.com, then text.",
                "No trigger at all, just prose with 'quotes' and -- dashes."));
        for (Path folder : List.of(TestSites.FIXTURE_CONTENT, TestSites.PROJECT.resolve("content"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                    samples.add(Files.readString(file));
                }
            }
        }
        return samples;
    }

    @Test
    void linksExactlyWhatFlexmarksExtensionLinks() throws IOException {
        int linked = 0;
        for (String sample : samples()) {
            String expected = render(AutolinkExtension.create(), sample);
            assertEquals(expected, render(new Autolinks(), sample), sample);
            linked += expected.contains("<a href=\"https://example.com/report\"") ? 1 : 0;
        }
        assertTrue(linked > 0, "the samples do hold bare URLs");
    }
}
