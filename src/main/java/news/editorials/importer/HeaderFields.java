package news.editorials.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} header of a corpus-shaped text, every field with its line, repeats kept in order.
 *
 * <p>Real exports repeat informational fields (two {@code note:} lines), so a repeat is not an error in
 * itself; only a field that must have one value ({@link #single}) refuses a repeat that says something else.
 */
final class HeaderFields {
    static final Pattern LINE = Pattern.compile("([a-z][a-z0-9_]*):(?: (.*))?");

    /** One occurrence of a field: its stripped value and 1-based line. */
    record Field(String value, int line) {
    }

    private final String file;
    private final Map<String, List<Field>> fields = new LinkedHashMap<>();
    /** The line after the header (the blank line that ends it), as an index into the text's lines. */
    private final int end;

    private HeaderFields(String file, int end) {
        this.file = file;
        this.end = end;
    }

    /** Reads header lines from {@code first} up to the first blank line. */
    static HeaderFields read(String file, String[] lines, int first) throws ImportException {
        int i = first;
        Map<String, List<Field>> read = new LinkedHashMap<>();
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                throw new ImportException(file, i + 1, "expected a 'key: value' header line or a blank line "
                        + "ending the header, found '" + ImportProblem.quote(lines[i]) + "'");
            }
            read.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                    .add(new Field(m.group(2) == null ? "" : m.group(2).strip(), i + 1));
        }
        HeaderFields header = new HeaderFields(file, i);
        header.fields.putAll(read);
        return header;
    }

    /** Index of the line that ended the header (the blank line), or the number of lines when none did. */
    int end() {
        return end;
    }

    /** Field names in the order they first appear. */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /** Every occurrence of {@code key}, in order; empty when absent. */
    List<Field> all(String key) {
        return fields.getOrDefault(key, List.of());
    }

    /** The non-blank values of {@code key}, in order. */
    List<String> values(String key) {
        return all(key).stream().map(Field::value).filter(v -> !v.isEmpty()).toList();
    }

    /** The distinct non-blank values of a field that may repeat (two sources, two printings), in order. */
    List<String> distinctValues(String key) {
        return values(key).stream().distinct().toList();
    }

    /** The first occurrence of {@code key}, or null. */
    Field first(String key) {
        List<Field> all = all(key);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The one value of a field that must be single, or null when absent. Repeats that mean the same
     * ({@code meaning} gives equal results) are accepted; a repeat that means something else is refused
     * at its line, naming the line of the first.
     *
     * @param meaning what a value stands for (the date it names, the number it is); it may throw an
     *                {@link ImportException} for a value that means nothing
     */
    <T> Field single(String key, Meaning<T> meaning) throws ImportException {
        List<Field> all = all(key);
        if (all.isEmpty()) {
            return null;
        }
        Field first = all.get(0);
        T firstMeaning = meaning.of(first);
        for (Field repeat : all.subList(1, all.size())) {
            if (!Objects.equals(firstMeaning, meaning.of(repeat))) {
                throw new ImportException(file, repeat.line(), "header field '" + key + "' is given twice with "
                        + "different values: '" + ImportProblem.quote(repeat.value()) + "' here, '"
                        + ImportProblem.quote(first.value()) + "' on line " + first.line()
                        + "; keep the right one");
            }
        }
        return first;
    }

    /** A field's meaning for the repeat check; see {@link #single}. */
    @FunctionalInterface
    interface Meaning<T> {
        T of(Field field) throws ImportException;

        /** Equal when the texts are equal. */
        static Meaning<String> text() {
            return Field::value;
        }
    }
}
