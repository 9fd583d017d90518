package news.editorials.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * An editorial as read from a raw text, before any Markdown is made: its metadata as given (after the
 * small {@link CorpusConventions} tables) and its paragraphs and footnotes line by line.
 *
 * @param file the input as the user named it, for messages
 * @param title the title as given
 * @param titleLine the 1-based line the title is on
 * @param date the publication date
 * @param author the author's full name, or null when unsigned
 * @param publication the newspaper, or null
 * @param series the series name (e.g. "The Federalist"), or null
 * @param number the number within the series, or null
 * @param source provenance of the text, or null
 * @param topics topic names, possibly empty
 * @param headerNotes notes about the text for its maintainers (the header's {@code note:} lines and fields the
 *                    importer does not map), in header order; not shown to readers
 * @param paragraphs the body, in order
 * @param notes footnotes in the order given
 */
public record RawEditorial(String file, String title, int titleLine, LocalDate date, String author,
                           String publication, String series, Integer number, String source, List<String> topics,
                           List<String> headerNotes, List<Paragraph> paragraphs, List<Note> notes) {

    /**
     * A run of non-blank lines.
     *
     * @param line 1-based line of the first line
     * @param lines the lines as given, indentation included
     */
    public record Paragraph(int line, List<String> lines) {
        /** True when any line was indented: a quoted verse or block, whose line breaks matter. */
        public boolean indented() {
            return lines.stream().anyMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0)));
        }
    }

    /**
     * A footnote from after the {@code ---} line.
     *
     * @param label the marker label: "1" for {@code (1)}, "E1" for {@code (E1)}
     * @param line 1-based line of the note
     * @param text the note's text without its label
     */
    public record Note(String label, int line, String text) {
    }
}
