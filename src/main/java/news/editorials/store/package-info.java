/**
 * An in-memory JBake content store: every query answered from lists built once per bake.
 */
package news.editorials.store;
