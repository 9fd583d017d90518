/** What a page tells machines about itself: schema.org JSON-LD, written so it is safe inside a {@code <script>}. */
package news.editorials.metadata;
