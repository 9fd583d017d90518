/**
 * Test support: baked sites shared between test classes, and ways to read them.
 */
package news.editorials.testing;
