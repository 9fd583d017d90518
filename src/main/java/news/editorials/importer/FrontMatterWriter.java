package news.editorials.importer;

import java.util.Set;
import java.util.regex.Pattern;
import news.editorials.content.FrontMatter;

/**
 * Writes YAML front matter by hand, so the key order, quoting and date form are fixed and readable:
 * the title and source always double-quoted, other texts plain when YAML would read them back unchanged,
 * the date as a bare ISO date. Fields with no value are left out.
 */
final class FrontMatterWriter {
    /** Plain scalars we are sure read back as the same string in block and flow context. */
    private static final Pattern PLAIN_SAFE = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .()\u2019'-]*[\\p{L}\\p{N}.)]|\\p{L}");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");

    private FrontMatterWriter() {
    }

    static String write(RawEditorial e) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(FrontMatter.quote(Typography.repair(e.title()))).append('\n');
        out.append("date: ").append(e.date()).append('\n');
        if (e.author() != null) {
            out.append("author: ").append(scalar(Typography.repair(e.author()))).append('\n');
        }
        if (e.publication() != null) {
            out.append("publication: ").append(scalar(Typography.repair(e.publication()))).append('\n');
        }
        if (!e.topics().isEmpty()) {
            out.append("topics: [").append(String.join(", ", e.topics().stream().map(FrontMatterWriter::scalar)
                    .toList())).append("]\n");
        }
        if (e.series() != null) {
            out.append("series: ").append(scalar(e.series())).append('\n');
            if (e.number() != null) {
                out.append("number: ").append(e.number()).append('\n');
            }
        }
        if (e.source() != null) {
            out.append("source: ").append(FrontMatter.quote(e.source())).append('\n');
        }
        if (!e.headerNotes().isEmpty()) {
            out.append("notes:\n");
            e.headerNotes().forEach(note -> out.append("  - ").append(FrontMatter.quote(note)).append('\n'));
        }
        return out.append("---\n").toString();
    }

    static String scalar(String value) {
        boolean plain = PLAIN_SAFE.matcher(value).matches()
                && !YAML_WORDS.contains(value.toLowerCase(java.util.Locale.ROOT));
        return plain ? value : FrontMatter.quote(value);
    }

}
