/**
 * Turns raw editorial texts (a scraped page, or a corpus file with a {@code key: value} header) into the
 * site's Markdown files with YAML front matter, repairing typography and escaping the prose so it stays prose.
 */
package news.editorials.importer;
