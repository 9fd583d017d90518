package news.editorials.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.editorials.content.CalendarDates;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

class RelatedEditorialsTest {

    private static DocumentModel editorial(String slug, String date, String series, Integer number, String... topics) {
        DocumentModel document = new DocumentModel();
        document.setType("editorial");
        document.setStatus("published");
        document.setTitle(slug);
        document.setSourceUri("editorials/" + slug + ".md");
        document.setDate(CalendarDates.toSortableDate(LocalDate.parse(date)));
        document.put("date_iso", date);
        document.put("year", date.substring(0, 4));
        document.put("url", "editorials/" + slug + "/");
        document.put("topics", Arrays.stream(topics).map(t -> Map.of("name", t, "slug", t, "url", "topics/" + t + "/")).toList());
        if (series != null) {
            document.put("series", series);
            document.put("series_slug", series);
            document.put("series_url", "series/" + series + "/");
            document.put("number", number);
        }
        return document;
    }

    private static List<String> related(List<DocumentModel> documents, DocumentModel editorial) {
        InMemoryContentStore store = new InMemoryContentStore();
        documents.forEach(store::addDocument);
        store.index();
        return ((List<?>) editorial.get("related")).stream().map(link -> (String) ((Map<?, ?>) link).get("title")).toList();
    }

    @Test
    void sharedTopicsComeBeforeNearerEditorialsOnOtherSubjects() {
        DocumentModel subject = editorial("subject", "2025-06-01", null, null, "tax", "trade");
        List<DocumentModel> all = new ArrayList<>(List.of(subject,
                editorial("both-topics", "2019-01-01", null, null, "tax", "trade"),
                editorial("one-topic-near", "2025-05-01", null, null, "tax"),
                editorial("one-topic-far", "2015-05-01", null, null, "trade")));
        for (int day = 2; day <= 9; day++) {
            all.add(editorial("unrelated-" + day, "2025-06-0" + day, null, null, "sport"));
        }
        assertEquals(List.of("both-topics", "one-topic-near", "one-topic-far"), related(all, subject));
    }

    @Test
    void aSeriesIsAThreadOfItsOwn() {
        DocumentModel two = editorial("two", "1787-11-01", "f", 2);
        List<DocumentModel> all = List.of(editorial("one", "1787-10-27", "f", 1), two, editorial("three", "1787-11-03", "f", 3),
                editorial("other", "1787-11-02", null, null, "tax"), editorial("four", "1787-12-20", "f", 4));
        assertEquals(List.of("three", "one", "four"), related(all, two));
    }

    @Test
    void atMostFiveNeverItselfAndTheNearestInTimeAmongEquals() {
        List<DocumentModel> all = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            all.add(editorial("m" + month, "2024-%02d-15".formatted(month), null, null, "tax"));
        }
        DocumentModel june = all.get(5);
        List<String> related = related(all, june);
        assertEquals(5, related.size());
        assertTrue(!related.contains("m6"), related.toString());
        assertEquals(List.of("m4", "m5", "m7", "m8"), related.subList(0, 4).stream().sorted().toList(),
                "the four nearest months first");
    }

    @Test
    void tooFewSharingAThreadAreToppedUpToThreeWithTheNearestByDate() {
        DocumentModel subject = editorial("subject", "2025-06-10", null, null, "rare");
        List<DocumentModel> all = List.of(subject, editorial("same-topic", "2020-01-01", null, null, "rare"),
                editorial("day-before", "2025-06-09", null, null), editorial("day-after", "2025-06-11", null, null),
                editorial("far", "2010-01-01", null, null));
        assertEquals(List.of("same-topic", "day-before", "day-after"), related(all, subject));
    }

    @Test
    void aTinyArchiveHasFewerThanThree() {
        DocumentModel a = editorial("a", "2025-01-01", null, null);
        assertEquals(List.of("b"), related(List.of(a, editorial("b", "2025-01-02", null, null)), a));
        DocumentModel alone = editorial("alone", "2025-01-01", null, null, "x");
        assertEquals(List.of(), related(List.of(alone), alone));
    }

    @Test
    void candidatesComeOnlyFromANearbyWindowOfEachSharedList() {
        assertTrue(RelatedEditorials.WINDOW < 30, "the lists must be longer than the window");
        List<DocumentModel> all = new ArrayList<>();
        DocumentModel oldest = editorial("oldest-both", "1990-01-01", null, null, "tax", "trade");
        all.add(oldest);
        for (int i = 0; i < 30; i++) {
            all.add(editorial("tax" + i, LocalDate.of(2000, 1, 1).plusDays(i).toString(), null, null, "tax"));
            all.add(editorial("trade" + i, LocalDate.of(2000, 1, 1).plusDays(i).toString(), null, null, "trade"));
        }
        DocumentModel newest = editorial("newest-both", "2001-01-01", null, null, "tax", "trade");
        all.add(newest);
        // Sharing both topics, the oldest would rank first if every pair were compared; but it is 31 places
        // down both lists, outside the window: the cost of never comparing every pair.
        List<String> related = related(all, newest);
        assertEquals(5, related.size());
        assertTrue(!related.contains("oldest-both"), related.toString());
        assertTrue(((List<?>) oldest.get("related")).stream().noneMatch(link -> ((Map<?, ?>) link).get("title").equals("newest-both")));
    }
}
