/**
 * The Markdown editors write, as JBake's markup engine for {@code .md} files: front matter plus flexmark-java
 * with the site's dialect (tables in scroll regions, figures, heading ids, strikethrough, autolinks), and the
 * rules that fail a bake with {@code file:line} (raw HTML, addresses, nesting).
 */
package news.editorials.markup;
