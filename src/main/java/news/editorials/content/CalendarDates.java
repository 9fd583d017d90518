package news.editorials.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Editorial dates are calendar dates, not instants. They are parsed and formatted here once, without the
 * machine's time zone, so a bake in Honolulu and one in Auckland print the same day. JBake still needs a
 * {@link Date} for sorting; it gets midnight UTC of that day.
 */
public final class CalendarDates {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private CalendarDates() {
    }

    /** {@code 2025-07-27} shows as {@code 27 July 2025}. */
    public static String display(LocalDate date) {
        return DISPLAY.format(date);
    }

    /** The instant JBake sorts by: midnight UTC at the start of the day. */
    public static Date toSortableDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** RFC 3339 timestamp for feeds and sitemaps: {@code 2025-07-27T00:00:00Z}. */
    public static String rfc3339(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
