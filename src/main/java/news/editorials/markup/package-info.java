/**
 * The Markdown markup engine JBake uses for {@code .md} files: front matter plus flexmark-java.
 */
package news.editorials.markup;
