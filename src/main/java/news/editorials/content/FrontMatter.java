package news.editorials.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The header of a content file and the Markdown body after it.
 *
 * <p>Two header forms are read: YAML front matter between {@code ---} lines (what editors write), and JBake's
 * own {@code key=value} lines ended by {@code ~~~~~~} (so existing JBake content keeps working). Values stay
 * as the text the editor wrote, with the line they are on: YAML is only composed, never constructed, so
 * {@code 2025-07-27} is never turned into a time-zone-dependent {@code Date} behind our back.
 */
public final class FrontMatter {
    /**
     * A header value and the 1-based file line it is on. The value is a text, a list of texts, or a list of
     * {@link Item}s.
     */
    public record Entry(Object value, int line) {
        /** The value as text; a list is joined with commas. */
        public String text() {
            if (value instanceof List<?> list) {
                return String.join(", ", list.stream().map(String::valueOf).toList());
            }
            return String.valueOf(value);
        }

        /** The value as a list; a single text becomes a list of one, split on commas (JBake's tags style). */
        public List<String> list() {
            if (isRecords()) {
                throw new IllegalStateException("a list of records has no text items");
            }
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
            }
            List<String> items = new ArrayList<>();
            for (String item : String.valueOf(value).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
            return items;
        }

        /** Whether the value is a list of records ({@code - date: ...} items). */
        public boolean isRecords() {
            return value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Item;
        }

        /** The records of a list of records; see {@link #isRecords()}. */
        @SuppressWarnings("unchecked")
        public List<Item> records() {
            if (!isRecords()) {
                throw new IllegalStateException("not a list of records");
            }
            return (List<Item>) value;
        }
    }

    /** One record in a list of records: its fields, each with its own line, and the line it starts on. */
    public record Item(Map<String, Entry> fields, int line) {
    }

    private static final String JBAKE_SEPARATOR = "~~~~~~";
    /** A {@link Yaml} is not thread-safe and costly to build; files are parsed on several threads. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

    private final Map<String, Entry> entries;
    private final String body;
    private final int bodyLine;

    private FrontMatter(Map<String, Entry> entries, String body, int bodyLine) {
        this.entries = Collections.unmodifiableMap(entries);
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /** Header entries in file order, keyed by field name. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The Markdown after the header. */
    public String body() {
        return body;
    }

    /** The 1-based line the body starts on. */
    public int bodyLine() {
        return bodyLine;
    }

    /**
     * Splits {@code text} into header and body.
     *
     * @throws ContentException naming {@code file} and the line when there is no header or it is malformed
     */
    public static FrontMatter parse(Path file, String text) {
        rejectForbiddenCharacters(file, text);
        String[] lines = text.split("\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            return parseYaml(file, lines);
        }
        int separator = jbakeSeparatorLine(lines);
        if (separator >= 0) {
            return parseJBakeHeader(file, lines, separator);
        }
        throw new ContentException(file, 1, "expected front matter: a '---' line, then fields such as "
                + "'title: ...' and 'date: 2025-07-27', then a closing '---' line");
    }

    /**
     * A YAML double-quoted scalar, for writing front matter: no value can then be read as another type
     * ({@code yes}, {@code 1787}) or break the syntax ({@code #}, {@code :}, quotes). Backslash and quote are
     * escaped, and every character YAML would not keep as it is (controls, line and paragraph separators,
     * the byte-order mark) is written as an escape.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** Raw in the file: named by line and column, since the character itself is invisible in most editors. */
    private static void rejectForbiddenCharacters(Path file, String text) {
        int index = ForbiddenCharacters.indexOfFirst(text);
        if (index < 0) {
            return;
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        throw new ContentException(file, line, "column " + (text.codePointCount(lineStart, index) + 1) + " "
                + ForbiddenCharacters.problemWith(text.substring(index)));
    }

    /** Written as an escape in a quoted YAML value ({@code "\x01"}), which the raw check cannot see. */
    private static void rejectForbiddenCharacters(Path file, String key, int line, String value) {
        String problem = ForbiddenCharacters.problemWith(value);
        if (problem != null) {
            throw new ContentException(file, line, "'" + key + "' " + problem);
        }
    }

    private static FrontMatter parseYaml(Path file, String[] lines) {
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ContentException(file, 1, "front matter opened with '---' is never closed: add a '---' line after the fields");
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        Map<String, Entry> entries = new LinkedHashMap<>();
        Node root;
        try {
            root = YAML.get().compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            throw new ContentException(file, line, "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentException(file, 2, "front matter is not valid YAML: " + e.getMessage());
        }
        if (root != null) {
            if (!(root instanceof MappingNode mapping)) {
                throw new ContentException(file, 2, "front matter must be 'key: value' fields");
            }
            for (NodeTuple tuple : mapping.getValue()) {
                int line = tuple.getKeyNode().getStartMark().getLine() + 2;
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new ContentException(file, line, "front matter keys must be plain words");
                }
                String key = keyNode.getValue();
                if (entries.containsKey(key)) {
                    throw new ContentException(file, line, "'" + key + "' is given twice (first on line "
                            + entries.get(key).line() + ")");
                }
                Object value = yamlValue(file, key, line, tuple.getValueNode());
                if (value != null) {
                    entries.put(key, new Entry(value, line));
                }
            }
        }
        return new FrontMatter(entries, joinFrom(lines, close + 1), close + 2);
    }

    private static Object yamlValue(Path file, String key, int line, Node node) {
        if (node instanceof ScalarNode scalar) {
            if (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
                return null;
            }
            rejectForbiddenCharacters(file, key, line, scalar.getValue());
            return scalar.getValue().strip();
        }
        if (node instanceof SequenceNode sequence) {
            if (!sequence.getValue().isEmpty() && sequence.getValue().get(0) instanceof MappingNode) {
                return records(file, key, sequence);
            }
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw new ContentException(file, item.getStartMark().getLine() + 2,
                            "'" + key + "' must be a list of plain values");
                }
                rejectForbiddenCharacters(file, key, item.getStartMark().getLine() + 2, scalar.getValue());
                items.add(scalar.getValue().strip());
            }
            return items;
        }
        throw new ContentException(file, line, "'" + key + "' must be a value or a list, not a nested mapping");
    }

    /**
     * A list of small records such as {@code corrections: [{date: ..., text: ...}]}: each record's fields
     * keep their own lines, so a problem in the third correction is reported on its line.
     */
    private static List<Item> records(Path file, String key, SequenceNode sequence) {
        List<Item> records = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int itemLine = item.getStartMark().getLine() + 2;
            if (!(item instanceof MappingNode mapping)) {
                throw new ContentException(file, itemLine, "every item of '" + key + "' must be 'field: value' pairs");
            }
            Map<String, Entry> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                int line = tuple.getKeyNode().getStartMark().getLine() + 2;
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)
                        || !(tuple.getValueNode() instanceof ScalarNode valueNode)) {
                    throw new ContentException(file, line, "every item of '" + key + "' must be plain 'field: value' pairs");
                }
                if (fields.containsKey(keyNode.getValue())) {
                    throw new ContentException(file, line, "'" + keyNode.getValue() + "' is given twice in this item of '" + key + "'");
                }
                if (!Tag.NULL.equals(valueNode.getTag()) && !valueNode.getValue().isBlank()) {
                    fields.put(keyNode.getValue(), new Entry(valueNode.getValue().strip(), line));
                }
            }
            records.add(new Item(Collections.unmodifiableMap(fields), itemLine));
        }
        return records;
    }

    private static int jbakeSeparatorLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(JBAKE_SEPARATOR)) {
                return i;
            }
            if (!line.isEmpty() && !line.contains("=")) {
                return -1;
            }
        }
        return -1;
    }

    private static FrontMatter parseJBakeHeader(Path file, String[] lines, int separator) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            String key = parts[0].strip();
            String value = parts[1].strip();
            if (entries.containsKey(key)) {
                throw new ContentException(file, i + 1, "'" + key + "' is given twice");
            }
            if (!value.isEmpty()) {
                Object stored = key.equals("tags") || key.equals("topics") ? new Entry(value, i + 1).list() : value;
                entries.put(key, new Entry(stored, i + 1));
            }
        }
        return new FrontMatter(entries, joinFrom(lines, separator + 1), separator + 2);
    }

    private static String joinFrom(String[] lines, int from) {
        if (from >= lines.length) {
            return "";
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
