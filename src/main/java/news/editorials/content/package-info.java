/**
 * What an editorial is: front matter, its validation, slugs and calendar dates.
 */
package news.editorials.content;
