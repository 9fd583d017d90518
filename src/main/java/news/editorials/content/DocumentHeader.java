package news.editorials.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated metadata of one content file. Editorials need a title and a calendar date; pages (such as
 * "About") need a title. Problems that make the file unusable throw; problems worth a look (an unknown key,
 * usually a typo) are returned as {@link #warnings()}.
 *
 * @param type        {@code editorial} or {@code page}
 * @param status      {@code published} or {@code draft}
 * @param date        the calendar date, or {@code null} for a page without one
 * @param topics      topic names as written; may be empty
 * @param number      the number within {@code series}, or {@code null}
 * @param updated     the day the text was last revised, or {@code null}
 * @param corrections corrections, newest first; may be empty
 */
public record DocumentHeader(
        String type,
        String title,
        LocalDate date,
        String status,
        String author,
        String publication,
        List<String> topics,
        String summary,
        String series,
        Integer number,
        String source,
        LocalDate updated,
        List<Correction> corrections,
        List<String> warnings) {

    public static final String EDITORIAL = "editorial";
    public static final String PAGE = "page";
    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    /**
     * Every key the site understands, in the order the warnings list them; anything else is a probable typo.
     * {@code notes} (what the importer kept of an export's header: remarks on the source text) is for
     * maintainers and is not shown on pages, unlike {@code corrections}.
     */
    public static final Set<String> KNOWN_KEYS = new java.util.LinkedHashSet<>(List.of("title", "date", "author",
            "publication", "topics", "summary", "status", "series", "number", "source", "notes", "type", "tags", "updated",
            "corrections"));

    private static final Set<String> STATUSES = Set.of(PUBLISHED, DRAFT);
    private static final Set<String> TYPES = Set.of(EDITORIAL, PAGE);

    /**
     * Validates {@code frontMatter} of {@code file}.
     *
     * @param defaultType the type implied by where the file lives, used when the header names none
     * @throws ContentException naming the file and line of the first unusable field
     */
    public static DocumentHeader from(Path file, FrontMatter frontMatter, String defaultType) {
        Map<String, FrontMatter.Entry> fields = frontMatter.entries();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, FrontMatter.Entry> field : fields.entrySet()) {
            if (!KNOWN_KEYS.contains(field.getKey())) {
                warnings.add(file + ":" + field.getValue().line() + ": unknown front matter key '" + field.getKey()
                        + "' is ignored (known keys: " + String.join(", ", KNOWN_KEYS) + ")");
            }
        }

        String type = text(file, fields, "type", defaultType);
        if (!TYPES.contains(type)) {
            throw new ContentException(file, fields.get("type").line(), "type must be 'editorial' or 'page', not '" + type + "'");
        }
        String title = text(file, fields, "title", null);
        if (title == null) {
            throw new ContentException(file, 1, "missing required field 'title'");
        }
        LocalDate date = date(file, fields, type.equals(EDITORIAL));
        String status = text(file, fields, "status", PUBLISHED);
        if (!STATUSES.contains(status)) {
            throw new ContentException(file, fields.get("status").line(),
                    "status must be 'published' or 'draft', not '" + status + "'");
        }
        FrontMatter.Entry topicsEntry = fields.containsKey("topics") ? fields.get("topics") : fields.get("tags");
        if (topicsEntry != null && topicsEntry.isRecords()) {
            throw new ContentException(file, topicsEntry.line(), "topics must be a list of names, like [Trade, Foreign policy]");
        }
        List<String> topics = topicsEntry == null ? List.of() : topicsEntry.list();
        for (String topic : topics) {
            if (Slugs.slugify(topic).isEmpty()) {
                throw new ContentException(file, topicsEntry.line(), "topic '" + topic + "' has no letters or digits to make a URL from");
            }
        }
        String author = text(file, fields, "author", null);
        if (author != null && Slugs.slugify(author).isEmpty()) {
            throw new ContentException(file, fields.get("author").line(), "author '" + author
                    + "' has no letters or digits to make the author page's URL from");
        }
        String series = text(file, fields, "series", null);
        Integer number = null;
        if (fields.containsKey("number")) {
            FrontMatter.Entry entry = fields.get("number");
            try {
                number = Integer.valueOf(entry.text());
            } catch (NumberFormatException e) {
                throw new ContentException(file, entry.line(), "number must be a whole number, not '" + entry.text() + "'");
            }
            if (series == null) {
                throw new ContentException(file, entry.line(), "number is given without a series");
            }
        }
        LocalDate updated = fields.containsKey("updated") ? calendarDate(file, "updated", fields.get("updated")) : null;
        if (updated != null) {
            notBefore(file, date, updated, fields.get("updated").line(), "updated");
        }
        List<Correction> corrections = corrections(file, fields.get("corrections"), date);
        return new DocumentHeader(type, title, date, status, author,
                text(file, fields, "publication", null), List.copyOf(topics), text(file, fields, "summary", null),
                series, number, text(file, fields, "source", null), updated, corrections, List.copyOf(warnings));
    }

    private static LocalDate date(Path file, Map<String, FrontMatter.Entry> fields, boolean required) {
        FrontMatter.Entry entry = fields.get("date");
        if (entry == null) {
            if (required) {
                throw new ContentException(file, 1, "missing required field 'date' (a calendar date like 2025-07-27)");
            }
            return null;
        }
        return calendarDate(file, "date", entry);
    }

    private static LocalDate calendarDate(Path file, String key, FrontMatter.Entry entry) {
        if (entry.value() instanceof List) {
            throw new ContentException(file, entry.line(), key + " must be one calendar date like 2025-07-27, not a list");
        }
        try {
            return LocalDate.parse(entry.text());
        } catch (DateTimeParseException e) {
            throw new ContentException(file, entry.line(), key + " must be a calendar date like 2025-07-27, not '" + entry.text() + "'");
        }
    }

    /** A revision cannot predate what it revises: such a date is a typo (2024 for 2025) worth stopping for. */
    private static void notBefore(Path file, LocalDate date, LocalDate later, int line, String what) {
        if (date != null && later.isBefore(date)) {
            throw new ContentException(file, line, what + " " + later + " is before the editorial's date " + date);
        }
    }

    /**
     * {@code corrections:} as a YAML list of {@code date}/{@code text} items, returned newest first (the order
     * a reader wants); each problem is reported on the item's own line.
     */
    private static List<Correction> corrections(Path file, FrontMatter.Entry entry, LocalDate date) {
        if (entry == null || (entry.value() instanceof List<?> list && list.isEmpty())) {
            return List.of();
        }
        if (!entry.isRecords()) {
            throw new ContentException(file, entry.line(), "corrections must be a list of items, each with a date and a text:"
                    + " '- date: 2025-08-02' and, on the next line, '  text: What was wrong.'");
        }
        List<Correction> corrections = new ArrayList<>();
        for (FrontMatter.Item item : entry.records()) {
            for (Map.Entry<String, FrontMatter.Entry> field : item.fields().entrySet()) {
                if (!field.getKey().equals("date") && !field.getKey().equals("text")) {
                    throw new ContentException(file, field.getValue().line(), "a correction has a 'date' and a 'text', not '"
                            + field.getKey() + "'");
                }
            }
            FrontMatter.Entry day = item.fields().get("date");
            FrontMatter.Entry text = item.fields().get("text");
            if (day == null || text == null) {
                throw new ContentException(file, item.line(), "this correction has no '" + (day == null ? "date" : "text")
                        + "': each correction needs both");
            }
            LocalDate correctionDate = calendarDate(file, "a correction's date", day);
            notBefore(file, date, correctionDate, day.line(), "the correction's date");
            corrections.add(new Correction(correctionDate, text.text(), item.line()));
        }
        corrections.sort(java.util.Comparator.comparing(Correction::date).reversed());
        return List.copyOf(corrections);
    }

    private static String text(Path file, Map<String, FrontMatter.Entry> fields, String key, String fallback) {
        FrontMatter.Entry entry = fields.get(key);
        if (entry != null && entry.isRecords()) {
            throw new ContentException(file, entry.line(), key + " must be a value, not a list of items");
        }
        return entry == null ? fallback : entry.text();
    }

    /**
     * The type a file has unless its header says otherwise: files under {@code editorials/} in the content
     * folder are editorials, the rest are pages.
     *
     * @param relative the file's path inside the content folder
     */
    public static String defaultTypeFor(Path relative) {
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("editorials") ? EDITORIAL : PAGE;
    }

    /** How the byline reads: the author, or "Editorial" for the paper's unsigned voice. */
    public String byline() {
        return author != null ? author : "Editorial";
    }

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    /**
     * The day the page last changed, when it did: {@code updated}, else the newest correction's date (a
     * correction is a change to the page even when the editor did not bump {@code updated}); {@code null}
     * for a page as first published.
     */
    public LocalDate modified() {
        LocalDate newestCorrection = corrections.isEmpty() ? null : corrections.get(0).date();
        if (updated == null) {
            return newestCorrection;
        }
        return newestCorrection != null && newestCorrection.isAfter(updated) ? newestCorrection : updated;
    }
}
