/**
 * Live preview for maintainers: bakes the site with drafts into a preview folder, serves it on the loopback
 * interface, re-bakes when content, templates, assets or settings change, and makes open pages reload.
 */
package news.editorials.serve;
