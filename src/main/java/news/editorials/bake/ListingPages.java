package news.editorials.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.editorials.content.SitePaths;
import org.jbake.model.DocumentModel;

/**
 * Splits a list of editorials into numbered pages of one listing (the home page, a year, a topic, a
 * series), so that no listing page grows with the archive.
 *
 * <p>Page 1 keeps the listing's own URL; page N is at {@link SitePaths#listingPage}. Every page gets
 * {@code items}, {@code page_number}, {@code page_count}, {@code previous_url}/{@code next_url} where they
 * exist, and {@code pager_links}: the numbered links the pager shows (first, last and the two either side
 * of the current page, with {@code gap} entries for the pages left out), so a reader can jump rather than click through
 * twenty pages one at a time.
 */
final class ListingPages {
    /** Pages shown either side of the current one in the pager. */
    private static final int PAGER_WINDOW = 2;

    private ListingPages() {
    }

    /**
     * @param type the page type (picks {@code template.<type>.file})
     * @param firstPageUrl the listing's URL ("" for the home page, {@code topics/trade/} ...)
     * @param values more name/value pairs put on every page (the topic, the year ...)
     */
    static List<DocumentModel> paginate(String type, String firstPageUrl, List<DocumentModel> items, int perPage,
                                        Object... values) {
        int pageCount = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<DocumentModel> pages = new ArrayList<>(pageCount);
        for (int number = 1; number <= pageCount; number++) {
            DocumentModel page = SitePagesRenderer.page(type, SitePaths.file(SitePaths.listingPage(firstPageUrl, number)), values);
            page.put("items", items.subList((number - 1) * perPage, Math.min(number * perPage, items.size())));
            page.put("page_number", number);
            page.put("page_count", pageCount);
            if (number > 1) {
                page.put("previous_url", SitePaths.listingPage(firstPageUrl, number - 1));
            }
            if (number < pageCount) {
                page.put("next_url", SitePaths.listingPage(firstPageUrl, number + 1));
            }
            page.put("pager_links", pagerLinks(firstPageUrl, number, pageCount));
            pages.add(page);
        }
        return pages;
    }

    static List<Map<String, Object>> pagerLinks(String firstPageUrl, int current, int pageCount) {
        List<Map<String, Object>> links = new ArrayList<>();
        int last = 0;
        for (int number = 1; number <= pageCount; number++) {
            // A gap of one page would hide no more than its own number takes: show that page instead.
            int distance = Math.abs(number - current);
            boolean besideEnd = number == 2 || number == pageCount - 1;
            boolean shown = number == 1 || number == pageCount || distance <= PAGER_WINDOW
                    || (besideEnd && distance == PAGER_WINDOW + 1);
            if (!shown) {
                continue;
            }
            if (number > last + 1) {
                links.add(Map.of("gap", true));
            }
            Map<String, Object> link = new HashMap<>();
            link.put("number", number);
            link.put("url", SitePaths.listingPage(firstPageUrl, number));
            link.put("current", number == current);
            links.add(link);
            last = number;
        }
        return links;
    }
}
