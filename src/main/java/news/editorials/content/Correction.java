package news.editorials.content;

import java.time.LocalDate;

/**
 * A correction printed at the end of an editorial: the day it was made and what was wrong, in inline
 * Markdown as the editor wrote it.
 *
 * @param line the 1-based file line of the item, for messages about it
 */
public record Correction(LocalDate date, String text, int line) {
}
