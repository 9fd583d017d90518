package news.editorials.markup;

/**
 * A link or image address as it appears in the baked page, and the line of the Markdown file it was written
 * on: how the link gate names the line an editor has to fix.
 */
public record SourceLink(String url, int line) {
}
