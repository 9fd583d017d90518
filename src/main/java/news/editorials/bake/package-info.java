/**
 * Bakes the site: JBake's {@code Oven} with our own utensils, page renderers and an atomic output swap.
 */
package news.editorials.bake;
