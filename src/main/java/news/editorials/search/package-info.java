/**
 * The site's search: an index of published editorials built at bake time (words folded and stemmed here, in
 * Java) and written as small JSON fragments that {@code assets/js/search.js} loads only as a query needs them.
 */
package news.editorials.search;
