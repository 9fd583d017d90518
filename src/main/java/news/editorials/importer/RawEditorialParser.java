package news.editorials.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two raw shapes the importer accepts.
 *
 * <ol>
 *   <li>A scraped page: optional lines of page chrome ("Increase font size Decrease font size Reset font
 *       size", "Share", "Print"...), the title line, a date line ({@code 2025-07-27}, {@code July 27, 2025} or
 *       {@code 27 July 2025}), then paragraphs separated by blank lines (the first may follow the date
 *       directly).</li>
 *   <li>A corpus file: {@code key: value} header lines (split on the first {@code ": "}), a blank line, the
 *       paragraphs, and optionally a {@code ---} line followed by footnotes {@code 1. text} /
 *       {@code E1. text}. Title, date, number, series and footnote count must not be given twice with different
 *       values; repeated authors, publications and sources are all kept; {@code note:} lines and fields the
 *       importer does not know become the front matter's {@code notes} (see {@link CorpusConventions}).</li>
 * </ol>
 *
 * <p>A {@code ---} line ends the body in both shapes. Anything else is an {@link ImportException} naming the
 * line and what was expected there.
 */
public final class RawEditorialParser {
    private static final Pattern NOTE = Pattern.compile("(E?\\d{1,3})\\.?\\s+(\\S.*)");
    static final Pattern MARKER = Pattern.compile("\\((E?\\d{1,3})\\)");
    private static final String NOTES_SEPARATOR = "---";

    /** Words that make up the page furniture a copy from a news site drags along. */
    private static final Set<String> CHROME_WORDS = Set.of("increase", "decrease", "reset", "font", "size",
            "text", "share", "print", "email", "e-mail", "facebook", "twitter", "x", "whatsapp", "linkedin",
            "copy", "link", "this", "article", "comments", "comment", "save", "listen", "a", "+", "-", "|");
    private static final Set<String> CHROME_REQUIRED = Set.of("font", "share", "print", "email", "e-mail",
            "facebook", "twitter", "whatsapp", "linkedin", "comments", "listen");

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"));
    private static final String DATE_FORMS_TEXT = "2025-07-27, July 27, 2025 or 27 July 2025";

    private RawEditorialParser() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Parses one raw text.
     *
     * @param file the input's name for messages
     * @param text the decoded text, LF line ends
     * @param defaultSeries series to assume when the text does not name one (from the corpus folder), or null
     * @param warnings receives problems that do not stop the import (e.g. a footnote marker with no note)
     */
    public static RawEditorial parse(String file, String text, String defaultSeries, List<ImportProblem> warnings)
            throws ImportException {
        String[] lines = text.split("\n", -1);
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            throw new ImportException(file, 1, "the file is empty: expected a title line (or a 'title: ...' "
                    + "header), a date and paragraphs");
        }
        if (HeaderFields.LINE.matcher(lines[first]).matches()) {
            return parseHeaderShape(file, lines, first, defaultSeries, warnings);
        }
        return parsePageShape(file, lines, first, warnings);
    }

    private static RawEditorial parsePageShape(String file, String[] lines, int first, List<ImportProblem> warnings)
            throws ImportException {
        int titleIndex = first;
        int lastChrome = first;
        while (titleIndex >= 0 && isChrome(lines[titleIndex])) {
            lastChrome = titleIndex;
            titleIndex = nextNonBlank(lines, titleIndex + 1);
        }
        if (titleIndex < 0) {
            throw new ImportException(file, lastChrome + 1, "expected a title line after the page chrome, "
                    + "found the end of the file");
        }
        String title = lines[titleIndex].strip();
        int dateIndex = nextNonBlank(lines, titleIndex + 1);
        if (dateIndex < 0) {
            throw new ImportException(file, titleIndex + 1, "expected a date line (" + DATE_FORMS_TEXT
                    + ") after the title '" + ImportProblem.quote(title) + "', found the end of the file");
        }
        LocalDate date = parseDate(lines[dateIndex]);
        if (date == null) {
            throw new ImportException(file, dateIndex + 1, "expected a date line (" + DATE_FORMS_TEXT
                    + ") after the title, found '" + ImportProblem.quote(lines[dateIndex]) + "'");
        }
        Body body = parseBody(file, lines, dateIndex + 1, "the date line");
        checkMarkers(file, body, warnings);
        return new RawEditorial(file, title, titleIndex + 1, date, null, null, null, null, null, List.of(),
                List.of(), body.paragraphs, body.notes);
    }

    private static RawEditorial parseHeaderShape(String file, String[] lines, int first, String defaultSeries,
                                                 List<ImportProblem> warnings) throws ImportException {
        HeaderFields header = HeaderFields.read(file, lines, first);
        int i = header.end();
        if (i >= lines.length) {
            throw new ImportException(file, lines.length, "expected a blank line after the header, then the "
                    + "paragraphs; found the end of the file");
        }
        HeaderFields.Field titleField = header.single("title", HeaderFields.Meaning.text());
        if (titleField == null || titleField.value().isEmpty()) {
            throw new ImportException(file, titleField == null ? first + 1 : titleField.line(),
                    "the header has no title: expected a 'title: ...' line");
        }
        String title = titleField.value();
        HeaderFields.Field dateField = header.single("date", field -> {
            LocalDate parsed = parseDate(field.value());
            if (parsed == null) {
                throw new ImportException(file, field.line(), "expected a date (" + DATE_FORMS_TEXT
                        + "), found '" + ImportProblem.quote(field.value()) + "'");
            }
            return parsed;
        });
        if (dateField == null) {
            throw new ImportException(file, first + 1, "the header has no date: expected a 'date: 2025-07-27' line");
        }
        LocalDate date = parseDate(dateField.value());
        Integer number = intField(file, header, "number");
        Integer expectedNotes = intField(file, header, "footnotes");
        HeaderFields.Field seriesField = header.single("series", HeaderFields.Meaning.text());
        String series = blankToNull(seriesField == null ? defaultSeries : seriesField.value());

        Body body = parseBody(file, lines, i + 1, "the header");
        if (expectedNotes != null && expectedNotes != body.notes.size()) {
            throw new ImportException(file, header.first("footnotes").line(), "the header says " + expectedNotes
                    + " footnote(s) but " + body.notes.size() + " follow the '---' line");
        }
        checkMarkers(file, body, warnings);
        List<String> authors = header.distinctValues("author").stream().map(CorpusConventions::authorName).toList();
        return new RawEditorial(file, title, titleField.line(), date, blankToNull(joinNames(authors)),
                joined(header, "publication"), series, series == null ? null : number, joined(header, "source"),
                CorpusConventions.topicsFor(title), CorpusConventions.headerNotes(header), body.paragraphs,
                body.notes);
    }

    /** "A", "A and B", "A, B and C". */
    private static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? null : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String joined(HeaderFields header, String key) {
        return blankToNull(String.join("; ", header.distinctValues(key)));
    }

    private record Body(List<RawEditorial.Paragraph> paragraphs, List<RawEditorial.Note> notes) {
    }

    private static Body parseBody(String file, String[] lines, int from, String after) throws ImportException {
        int end = from;
        while (end < lines.length && !lines[end].strip().equals(NOTES_SEPARATOR)) {
            end++;
        }
        List<RawEditorial.Paragraph> paragraphs = new ArrayList<>();
        for (List<Integer> block : blocks(lines, from, end)) {
            paragraphs.add(new RawEditorial.Paragraph(block.get(0) + 1, block.stream().map(n -> lines[n]).toList()));
        }
        if (paragraphs.isEmpty()) {
            throw new ImportException(file, Math.min(from + 1, lines.length), "expected paragraphs after "
                    + after + ", found no text");
        }
        List<RawEditorial.Note> notes = new ArrayList<>();
        Map<String, Integer> noteLines = new LinkedHashMap<>();
        for (List<Integer> block : blocks(lines, end + 1, lines.length)) {
            int at = block.get(0);
            Matcher m = NOTE.matcher(lines[at].strip());
            if (!m.matches()) {
                throw new ImportException(file, at + 1, "expected a footnote like '1. text' or 'E1. text' after "
                        + "the '---' line, found '" + ImportProblem.quote(lines[at]) + "'");
            }
            String label = m.group(1);
            if (noteLines.containsKey(label)) {
                throw new ImportException(file, at + 1, "footnote " + label + " is given twice (first on line "
                        + noteLines.get(label) + ")");
            }
            noteLines.put(label, at + 1);
            StringBuilder text = new StringBuilder(m.group(2).strip());
            for (int k = 1; k < block.size(); k++) {
                text.append(' ').append(lines[block.get(k)].strip());
            }
            notes.add(new RawEditorial.Note(label, at + 1, text.toString()));
        }
        return new Body(paragraphs, notes);
    }

    /** Groups line indexes in [from, to) into runs of non-blank lines. */
    private static List<List<Integer>> blocks(String[] lines, int from, int to) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lines[i].isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(i);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /**
     * Every note must be referred to (an unreferenced note would vanish from the page); a marker with no note
     * stays as text and is reported. Without a notes section, "(1)" is ordinary text.
     */
    private static void checkMarkers(String file, Body body, List<ImportProblem> warnings) throws ImportException {
        if (body.notes.isEmpty()) {
            return;
        }
        Set<String> labels = new java.util.HashSet<>();
        body.notes.forEach(n -> labels.add(n.label()));
        Set<String> used = new java.util.HashSet<>();
        for (RawEditorial.Paragraph paragraph : body.paragraphs) {
            for (int k = 0; k < paragraph.lines().size(); k++) {
                Matcher m = MARKER.matcher(paragraph.lines().get(k));
                while (m.find()) {
                    if (labels.contains(m.group(1))) {
                        used.add(m.group(1));
                    } else {
                        warnings.add(ImportProblem.warning(file, paragraph.line() + k, "marker " + m.group()
                                + " has no footnote " + m.group(1) + " after the '---' line; kept as text"));
                    }
                }
            }
        }
        for (RawEditorial.Note note : body.notes) {
            if (!used.contains(note.label())) {
                throw new ImportException(file, note.line(), "footnote " + note.label() + " is never referred to: "
                        + "expected a (" + note.label() + ") marker in the text");
            }
        }
    }

    /** The date in any accepted form, or null. */
    static LocalDate parseDate(String text) {
        String value = text.strip();
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return LocalDate.parse(value, form);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** True for a line made only of share/print/font-size controls. */
    static boolean isChrome(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        boolean required = false;
        for (String word : words) {
            if (!CHROME_WORDS.contains(word)) {
                return false;
            }
            required |= CHROME_REQUIRED.contains(word);
        }
        return required;
    }

    private static Integer intField(String file, HeaderFields header, String key) throws ImportException {
        HeaderFields.Field field = header.single(key, f -> f.value().isEmpty() ? null : wholeNumber(file, key, f));
        return field == null || field.value().isEmpty() ? null : wholeNumber(file, key, field);
    }

    private static Integer wholeNumber(String file, String key, HeaderFields.Field field) throws ImportException {
        try {
            return Integer.valueOf(field.value());
        } catch (NumberFormatException e) {
            throw new ImportException(file, field.line(), "expected a whole number for '" + key + "', found '"
                    + ImportProblem.quote(field.value()) + "'");
        }
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
