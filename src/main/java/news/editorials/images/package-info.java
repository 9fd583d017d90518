/**
 * Image files for figures: reads their size and writes resized variants for {@code srcset}, cached by
 * content hash so an unchanged image is encoded once.
 */
package news.editorials.images;
