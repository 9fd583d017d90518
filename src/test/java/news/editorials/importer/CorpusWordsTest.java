package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import java.util.stream.Stream;
import news.editorials.testing.RawSources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catches lost or added text early: the words of each imported paper's Markdown (escapes, footnote syntax
 * and typography undone) are the words of its raw body (footnote markers and note numbers aside).
 */
class CorpusWordsTest {
    /** Every raw source kept in test resources (the corpus and the seed), however many there are. */
    static Stream<Path> rawSources() {
        return RawSources.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawSources")
    void importedWordsAreTheRawWords(Path source) throws IOException, ImportException {
        EditorialImporter.Conversion conversion = EditorialImporter.convert(source);
        // The body starts at the first paragraph: after a header and blank line, or after chrome, title and date.
        List<String> lines = Files.readAllLines(source);
        String body = String.join("\n", lines.subList(conversion.editorial().paragraphs().get(0).line() - 1,
                lines.size()));

        List<String> expected = rawWords(body);
        List<String> actual = markdownWords(conversion.markdown());

        assertEquals(expected.size(), actual.size(), "word count");
        for (int i = 0; i < expected.size(); i++) {
            int at = i;
            assertEquals(expected.get(i), actual.get(i), () -> "word " + at + " near: "
                    + String.join(" ", expected.subList(Math.max(0, at - 5), Math.min(expected.size(), at + 5))));
        }
    }

    /** Words of a raw body: without the '---' line, markers and note labels. */
    static List<String> rawWords(String body) {
        List<String> lines = new ArrayList<>();
        boolean inNotes = false;
        for (String line : body.split("\n")) {
            if (line.strip().equals("---")) {
                inNotes = true;
                continue;
            }
            String cleaned = inNotes ? line.replaceFirst("^E?\\d{1,3}\\.?\\s+(?=\\S)", "") : line;
            lines.add(cleaned.replaceAll("\\(E?\\d{1,3}\\)", ""));
        }
        return words(String.join("\n", lines));
    }

    /** Body words of imported Markdown, with escapes, footnote syntax and hard breaks taken out. */
    static List<String> markdownWords(String markdown) {
        String body = markdown.substring(markdown.indexOf("\n---\n", 4) + 5);
        body = body.replaceAll("(?m)^\\[\\^E?\\d+\\]: ", "")
                .replaceAll("\\[\\^E?\\d+\\]", "")
                .replaceAll("\\\\\n", "\n")
                .replaceAll("\\\\(\\p{Punct})", "$1");
        return words(body);
    }

    /** Whitespace-separated tokens, lower-cased, every quotation mark made one, dashes made "--". */
    private static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                // The seed's backticks stand for either kind of quotation mark: any quote is one quote here.
                .replaceAll("[\u2018\u2019\u201C\u201D`\"]", "'")
                .replaceAll("\u2014|-{2,}", "--");
        return Arrays.stream(plain.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
