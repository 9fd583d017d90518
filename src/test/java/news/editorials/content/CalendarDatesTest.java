package news.editorials.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 27);

    @Test
    void displaysTheCalendarDay() {
        assertEquals("27 July 2025", CalendarDates.display(DAY));
        assertEquals("1 March 1788", CalendarDates.display(LocalDate.of(1788, 3, 1)));
    }

    @Test
    void sortsByMidnightUtc() {
        assertEquals(Instant.parse("2025-07-27T00:00:00Z"), CalendarDates.toSortableDate(DAY).toInstant());
        assertEquals("2025-07-27T00:00:00Z", CalendarDates.rfc3339(DAY));
    }
}
