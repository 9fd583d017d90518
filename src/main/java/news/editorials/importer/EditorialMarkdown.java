package news.editorials.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Writes a {@link RawEditorial} as the site's Markdown: YAML front matter, then the body.
 *
 * <p>What the body keeps and what it changes:
 * <ul>
 *   <li>Paragraphs stay paragraphs, one per blank-line-separated block; leading indentation is removed
 *       (it would make a code block). A block whose lines were indented (a verse quotation) keeps its line
 *       breaks as Markdown hard breaks: a backslash at the end of each line but the last. A single indented
 *       line, like the verse in Federalist No. 29, is simply its own paragraph.</li>
 *   <li>Typography is repaired by {@link Typography}; Markdown punctuation is escaped by {@link MarkdownText}.</li>
 *   <li>Markers {@code (1)} / {@code (E1)} whose note exists become {@code [^1]} / {@code [^E1]}, and the
 *       notes become definitions {@code [^1]: text} at the end, in the order given.</li>
 * </ul>
 * The output depends only on the input: same input, same bytes.
 */
public final class EditorialMarkdown {
    private EditorialMarkdown() {
    }

    /** The whole file: front matter, body, notes; LF line ends, ending in one newline. */
    public static String render(RawEditorial editorial) {
        StringBuilder out = new StringBuilder();
        out.append(FrontMatterWriter.write(editorial));
        Set<String> labels = new HashSet<>();
        editorial.notes().forEach(n -> labels.add(n.label()));
        List<String> blocks = new ArrayList<>();
        for (RawEditorial.Paragraph paragraph : editorial.paragraphs()) {
            blocks.add(paragraph(paragraph, labels));
        }
        for (RawEditorial.Note note : editorial.notes()) {
            blocks.add("[^" + note.label() + "]: " + lines(Typography.repair(note.text()), Set.of()));
        }
        out.append(String.join("\n\n", blocks)).append('\n');
        return out.toString();
    }

    private static String paragraph(RawEditorial.Paragraph paragraph, Set<String> labels) {
        List<String> stripped = paragraph.lines().stream().map(String::strip).toList();
        String repaired = Typography.repair(String.join("\n", stripped));
        String body = lines(repaired, labels);
        if (paragraph.indented()) {
            body = body.replace("\n", "\\\n");
        }
        return body;
    }

    /** Escapes each line of already-repaired text and turns known footnote markers into references. */
    private static String lines(String text, Set<String> labels) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            StringBuilder escaped = new StringBuilder();
            Matcher m = RawEditorialParser.MARKER.matcher(line);
            int last = 0;
            while (m.find()) {
                // A reference first on a line followed by ':' would read as a note definition: keep it as text.
                boolean definitionLike = m.start() == 0 && line.startsWith(":", m.end());
                if (labels.contains(m.group(1)) && !definitionLike) {
                    escaped.append(MarkdownText.escapeInline(line.substring(last, m.start())))
                            .append("[^").append(m.group(1)).append(']');
                    last = m.end();
                }
            }
            escaped.append(MarkdownText.escapeInline(line.substring(last)));
            String result = escaped.toString();
            out.add(result.startsWith("[^") ? result : MarkdownText.escapeLineStart(result));
        }
        return String.join("\n", out);
    }
}
