package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

    private static List<Map<String, Object>> urls(int count, String prefix) {
        return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> Map.of("loc", prefix + i + "/")).toList();
    }

    @Test
    void aSiteWithinTheLimitsIsOneFile() {
        assertEquals(1, Sitemaps.split(urls(50_000, "https://example.org/"), 50_000, Sitemaps.PROTOCOL_MAX_BYTES).size());
    }

    @Test
    void cutsAtTheUrlLimitKeepingOrder() {
        List<List<Map<String, Object>>> parts = Sitemaps.split(urls(25, "u"), 10, Sitemaps.PROTOCOL_MAX_BYTES);
        assertEquals(List.of(10, 10, 5), parts.stream().map(List::size).toList());
        assertEquals("u10/", parts.get(1).get(0).get("loc"));
    }

    @Test
    void cutsAtTheByteLimitBeforeTheUrlLimit() {
        String longPrefix = "https://example.org/" + "x".repeat(1900) + "/";
        // About 2 KB an entry: 30,000 of them would be 60 MB, over the protocol's 50 MB.
        List<List<Map<String, Object>>> parts = Sitemaps.split(urls(30_000, longPrefix), 50_000, Sitemaps.PROTOCOL_MAX_BYTES);
        assertEquals(2, parts.size());
        for (List<Map<String, Object>> part : parts) {
            long bytes = part.stream().mapToLong(u -> u.get("loc").toString().length() + 30).sum();
            assertEquals(true, bytes < Sitemaps.PROTOCOL_MAX_BYTES, "part of " + bytes + " bytes");
        }
    }

    @Test
    void partsAreNamedFromOne() {
        assertEquals("sitemap-1.xml", Sitemaps.partFile(1));
    }
}
