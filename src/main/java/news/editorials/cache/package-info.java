/**
 * The bake cache: what an earlier bake parsed and wrote, and the one key recipe that says when it still holds.
 * The bake asks it ("is this file's parse still good?", "did this page's inputs change?"); it never calls the
 * bake. See {@link news.editorials.cache.BakeCache}.
 */
package news.editorials.cache;
