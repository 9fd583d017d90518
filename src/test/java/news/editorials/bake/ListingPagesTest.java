package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

class ListingPagesTest {

    private static List<DocumentModel> editorials(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            DocumentModel document = new DocumentModel();
            document.setTitle("Editorial " + i);
            return document;
        }).toList();
    }

    /** The pager as a reader sees it: numbers, "..." for gaps, the current page in brackets. */
    private static String pagerText(DocumentModel page) {
        List<String> parts = new ArrayList<>();
        for (Object entry : (List<?>) page.get("pager_links")) {
            Map<?, ?> link = (Map<?, ?>) entry;
            parts.add(link.containsKey("gap") ? "..." : Boolean.TRUE.equals(link.get("current"))
                    ? "[" + link.get("number") + "]" : String.valueOf(link.get("number")));
        }
        return String.join(" ", parts);
    }

    @Test
    void splitsItemsIntoPagesThatEachHaveTheirOwnUrl() {
        List<DocumentModel> pages = ListingPages.paginate("topic", "topics/trade/", editorials(120), 50);
        assertEquals(List.of("topics/trade/index.html", "topics/trade/page/2/index.html", "topics/trade/page/3/index.html"),
                pages.stream().map(DocumentModel::getUri).toList());
        assertEquals(List.of(50, 50, 20), pages.stream().map(p -> ((List<?>) p.get("items")).size()).toList());
        assertEquals("Editorial 100", ((List<DocumentModel>) pages.get(2).get("items")).get(0).getTitle());
        assertEquals("../../../../", pages.get(1).getRootPath());
        assertEquals("topics/trade/page/2/", pages.get(1).get("url"));
    }

    @Test
    void linksEachPageToItsNeighbours() {
        List<DocumentModel> pages = ListingPages.paginate("archive", "archive/2025/", editorials(101), 50);
        assertNull(pages.get(0).get("previous_url"));
        assertEquals("archive/2025/page/2/", pages.get(0).get("next_url"));
        assertEquals("archive/2025/", pages.get(1).get("previous_url"));
        assertEquals("archive/2025/page/3/", pages.get(1).get("next_url"));
        assertNull(pages.get(2).get("next_url"));
        assertEquals(3, pages.get(2).get("page_count"));
    }

    @Test
    void anEmptyOrShortListIsOnePage() {
        assertEquals(1, ListingPages.paginate("index", "", editorials(0), 10).size());
        DocumentModel only = ListingPages.paginate("index", "", editorials(10), 10).get(0);
        assertEquals("index.html", only.getUri());
        assertFalse(only.containsKey("next_url"));
        assertEquals("[1]", pagerText(only));
    }

    @Test
    void pagerShowsTheEndsAndTwoPagesEitherSideOfTheCurrentOne() {
        List<DocumentModel> pages = ListingPages.paginate("index", "", editorials(200), 10);
        assertEquals("[1] 2 3 ... 20", pagerText(pages.get(0)));
        assertEquals("1 2 3 4 [5] 6 7 ... 20", pagerText(pages.get(4)));
        assertEquals("1 ... 8 9 [10] 11 12 ... 20", pagerText(pages.get(9)));
        assertEquals("1 ... 18 19 [20]", pagerText(pages.get(19)));
    }
}
