package news.editorials.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.editorials.content.CalendarDates;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

class InMemoryContentStoreTest {

    private static DocumentModel editorial(String slug, String date, String status, Integer number, String... topics) {
        DocumentModel document = new DocumentModel();
        document.setType("editorial");
        document.setStatus(status);
        document.setTitle(slug.toUpperCase());
        document.setSourceUri("editorials/" + slug + ".md");
        document.setDate(CalendarDates.toSortableDate(LocalDate.parse(date)));
        document.put("year", date.substring(0, 4));
        document.put("url", "editorials/" + slug + "/");
        document.put("topics", java.util.Arrays.stream(topics).map(t -> Map.of("name", t, "slug", t, "url", "topics/" + t + "/")).toList());
        if (number != null) {
            document.put("number", number);
            document.put("series", "S");
            document.put("series_slug", "s");
            document.put("series_url", "series/s/");
        }
        return document;
    }

    @Test
    void startsWithoutADatabaseAndAnswersTheSchemaCheck() throws ReflectiveOperationException {
        InMemoryContentStore store = new InMemoryContentStore();
        store.startup();
        Field session = ContentStore.class.getDeclaredField("db");
        session.setAccessible(true);
        assertTrue(Proxy.isProxyClass(session.get(store).getClass()), "a stand-in session, not an embedded OrientDB");
        store.updateSchema();
        assertEquals(0, store.getDocumentCount("editorial"));
        store.close();
    }

    @Test
    void listsNewestFirstAndLinksNeighbours() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel old = editorial("old", "2024-01-01", "published", null);
        DocumentModel middle = editorial("middle", "2024-06-01", "published", null);
        DocumentModel draft = editorial("draft", "2024-07-01", "draft", null);
        DocumentModel fresh = editorial("fresh", "2025-01-01", "published", null);
        List.of(old, fresh, draft, middle).forEach(store::addDocument);

        assertEquals(List.of(fresh, middle, old), store.index().editorials());
        assertEquals(List.of(fresh, draft, middle, old), store.getAllContent("editorial"));
        assertEquals(3, store.getPublishedCount("editorial"));
        assertEquals("editorials/old/", ((Map<?, ?>) middle.get("previous")).get("url"));
        assertEquals("editorials/fresh/", ((Map<?, ?>) middle.get("next")).get("url"));
        assertNull(fresh.get("next"));
        assertNull(old.get("previous"));
    }

    @Test
    void findsPositionsByIdentityInConstantTime() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel a = editorial("a", "2024-01-01", "published", null);
        DocumentModel twin = editorial("a", "2024-01-01", "published", null);
        assertEquals(a, twin, "equal maps, so LinkedList.indexOf could not tell them apart");
        store.addDocument(a);
        store.addDocument(twin);
        DocumentList<DocumentModel> all = store.getAllContent("editorial");
        assertSame(twin, all.get(all.indexOf(twin)));
        assertSame(a, all.get(all.indexOf(a)));
    }

    @Test
    void ordersSameDaySeriesPapersByNumberAndLinksThemInSeriesOrder() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel one = editorial("one", "1787-10-27", "published", 1);
        DocumentModel two = editorial("two", "1787-10-27", "published", 2);
        DocumentModel three = editorial("three", "1787-11-01", "published", 3);
        List.of(two, three, one).forEach(store::addDocument);

        assertEquals(List.of(three, two, one), store.index().editorials());
        SiteIndex.Group series = store.index().series().get("s");
        assertEquals(List.of(one, two, three), series.items());
        assertEquals(3, two.get("series_total"));
        assertEquals(1, ((Map<?, ?>) two.get("series_previous")).get("number"));
        assertEquals(3, ((Map<?, ?>) two.get("series_next")).get("number"));
    }

    @Test
    void linksToAnEditorialShareOneSummary() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel one = editorial("one", "1787-10-27", "published", 1);
        DocumentModel two = editorial("two", "1787-10-28", "published", 2);
        DocumentModel three = editorial("three", "1787-11-01", "published", 3);
        List.of(one, two, three).forEach(store::addDocument);
        store.index();

        // A bake holds every editorial's links at once: one map per editorial, not one per link to it.
        Map<?, ?> summaryOfTwo = (Map<?, ?>) one.get("next");
        assertEquals(Map.of("title", "TWO", "url", "editorials/two/", "number", 2), summaryOfTwo);
        assertSame(summaryOfTwo, three.get("previous"));
        assertSame(summaryOfTwo, one.get("series_next"));
        assertSame(summaryOfTwo, three.get("series_previous"));
        assertTrue(((List<?>) one.get("related")).stream().anyMatch(link -> link == summaryOfTwo), "related lists the same map");
    }

    @Test
    void groupsByTopicAndYear() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel a = editorial("a", "2024-01-01", "published", null, "trade");
        DocumentModel b = editorial("b", "2025-01-01", "published", null, "trade", "energy");
        store.addDocument(a);
        store.addDocument(b);
        assertEquals(List.of("energy", "trade"), List.copyOf(store.index().topics().keySet()));
        assertEquals(List.of(b, a), store.index().topics().get("trade").items());
        assertEquals(List.of("2025", "2024"), List.copyOf(store.index().byYear().keySet()));
    }

    @Test
    void reportsWhatIsLeftToRender() {
        InMemoryContentStore store = new InMemoryContentStore();
        DocumentModel a = editorial("a", "2024-01-01", "published", null);
        DocumentModel b = editorial("b", "2025-01-01", "published", null);
        store.addDocument(a);
        store.addDocument(b);
        store.markContentAsRendered(a);
        assertEquals(List.of(b), store.getUnrenderedContent());
        store.markContentAsRendered(b);
        assertTrue(store.getUnrenderedContent().isEmpty());
        assertFalse(store.getAllContent("editorial").isEmpty());
    }
}
