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
        List<String> warnings) {

    public static final String EDITORIAL = "editorial";
    public static final String PAGE = "page";
    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    /**
     * Every key the site understands, in the order the warnings list them; anything else is a probable typo.
     * {@code notes} (what the importer kept of an export's header: corrections to the source, doubts) is for
     * maintainers and is not shown on pages.
     */
    public static final Set<String> KNOWN_KEYS = new java.util.LinkedHashSet<>(List.of("title", "date", "author",
            "publication", "topics", "summary", "status", "series", "number", "source", "notes", "type", "tags"));

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

        String type = text(fields, "type", defaultType);
        if (!TYPES.contains(type)) {
            throw new ContentException(file, fields.get("type").line(), "type must be 'editorial' or 'page', not '" + type + "'");
        }
        String title = text(fields, "title", null);
        if (title == null) {
            throw new ContentException(file, 1, "missing required field 'title'");
        }
        LocalDate date = date(file, fields, type.equals(EDITORIAL));
        String status = text(fields, "status", PUBLISHED);
        if (!STATUSES.contains(status)) {
            throw new ContentException(file, fields.get("status").line(),
                    "status must be 'published' or 'draft', not '" + status + "'");
        }
        List<String> topics = fields.containsKey("topics") ? fields.get("topics").list()
                : fields.containsKey("tags") ? fields.get("tags").list() : List.of();
        for (String topic : topics) {
            if (Slugs.slugify(topic).isEmpty()) {
                int line = fields.containsKey("topics") ? fields.get("topics").line() : fields.get("tags").line();
                throw new ContentException(file, line, "topic '" + topic + "' has no letters or digits to make a URL from");
            }
        }
        String series = text(fields, "series", null);
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
        return new DocumentHeader(type, title, date, status, text(fields, "author", null),
                text(fields, "publication", null), List.copyOf(topics), text(fields, "summary", null),
                series, number, text(fields, "source", null), List.copyOf(warnings));
    }

    private static LocalDate date(Path file, Map<String, FrontMatter.Entry> fields, boolean required) {
        FrontMatter.Entry entry = fields.get("date");
        if (entry == null) {
            if (required) {
                throw new ContentException(file, 1, "missing required field 'date' (a calendar date like 2025-07-27)");
            }
            return null;
        }
        try {
            return LocalDate.parse(entry.text());
        } catch (DateTimeParseException e) {
            throw new ContentException(file, entry.line(), "date must be a calendar date like 2025-07-27, not '" + entry.text() + "'");
        }
    }

    private static String text(Map<String, FrontMatter.Entry> fields, String key, String fallback) {
        FrontMatter.Entry entry = fields.get(key);
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
}
