package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catches lost or added text early: the words of each imported paper's Markdown (escapes, footnote syntax
 * and typography undone) are the words of its raw body (footnote markers and note numbers aside).
 */
class CorpusWordsTest {
    static IntStream papers() {
        return IntStream.rangeClosed(1, 85);
    }

    @ParameterizedTest(name = "No. {0}")
    @MethodSource("papers")
    void importedWordsAreTheRawWords(int number) throws IOException, ImportException {
        byte[] raw = Files.readAllBytes(TestResources.corpusPaper(number));
        String markdown = EditorialImporter.convert(number + ".txt", raw, "The Federalist").markdown();

        List<String> expected = rawWords(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        List<String> actual = markdownWords(markdown);

        assertEquals(expected.size(), actual.size(), "word count");
        for (int i = 0; i < expected.size(); i++) {
            int at = i;
            assertEquals(expected.get(i), actual.get(i), () -> "word " + at + " near: "
                    + String.join(" ", expected.subList(Math.max(0, at - 5), Math.min(expected.size(), at + 5))));
        }
    }

    /** Body words of a corpus file: after the header, without the '---' line, markers and note labels. */
    static List<String> rawWords(String text) {
        String body = text.substring(text.indexOf("\n\n") + 2);
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

    /** Whitespace-separated tokens, lower-cased, quotes made straight and dashes made "--". */
    private static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019`]", "'")
                .replaceAll("[\u201C\u201D]", "\"")
                .replaceAll("\u2014|-{2,}", "--");
        return Arrays.stream(plain.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
