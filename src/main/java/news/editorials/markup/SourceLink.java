package news.editorials.markup;

/**
 * A link or image address as it appears in the baked page, and the line of the Markdown file it was written
 * on: how the link gate names the line an editor has to fix.
 */
public record SourceLink(String url, int line) {
    /** As a document records it ({@code line<TAB>url}), so that a cached parse keeps it as a string. */
    public String recorded() {
        return line + "\t" + url;
    }

    /** The link {@link #recorded()} wrote. */
    public static SourceLink fromRecorded(String recorded) {
        int tab = recorded.indexOf('\t');
        return new SourceLink(recorded.substring(tab + 1), Integer.parseInt(recorded.substring(0, tab)));
    }
}
