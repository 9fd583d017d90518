package news.editorials.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the site's URLs into sitemap files the way the sitemap protocol requires: at most
 * {@value #PROTOCOL_MAX_URLS} URLs and {@value #PROTOCOL_MAX_BYTES} bytes per file. A site within one file
 * gets a plain {@code sitemap.xml}; a larger one gets {@code sitemap.xml} as a sitemap index pointing to
 * {@code sitemap-1.xml}, {@code sitemap-2.xml} ..., written at the site root because a sitemap may only list
 * URLs under its own folder.
 */
final class Sitemaps {
    static final int PROTOCOL_MAX_URLS = 50_000;
    static final long PROTOCOL_MAX_BYTES = 50L * 1024 * 1024;
    /** Bytes a {@code <url>} entry takes besides its loc and lastmod text, and the file's own wrapping. */
    private static final int ENTRY_OVERHEAD = 64;
    private static final int FILE_OVERHEAD = 256;

    private Sitemaps() {
    }

    /** The file name of sitemap part {@code number}, counted from 1. */
    static String partFile(int number) {
        return "sitemap-" + number + ".xml";
    }

    /**
     * The URL entries ({@code loc}, optional {@code lastmod}) cut into files of at most {@code maxUrls}
     * entries and {@code maxBytes} bytes (estimated from the entries' text, which is ASCII apart from rare
     * non-ASCII paths: the estimate counts UTF-16 units times 3 for those).
     */
    static List<List<Map<String, Object>>> split(List<Map<String, Object>> urls, int maxUrls, long maxBytes) {
        List<List<Map<String, Object>>> parts = new ArrayList<>();
        List<Map<String, Object>> part = new ArrayList<>();
        long bytes = FILE_OVERHEAD;
        for (Map<String, Object> url : urls) {
            long entry = ENTRY_OVERHEAD + estimatedBytes(url.get("loc")) + estimatedBytes(url.get("lastmod"));
            if (!part.isEmpty() && (part.size() >= maxUrls || bytes + entry > maxBytes)) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = FILE_OVERHEAD;
            }
            part.add(url);
            bytes += entry;
        }
        parts.add(part);
        return parts;
    }

    private static long estimatedBytes(Object text) {
        if (text == null) {
            return 0;
        }
        String s = text.toString();
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // XML escapes & as &amp; (5 bytes); anything past ASCII is at most 3 UTF-8 bytes per UTF-16 unit.
            bytes += c == '&' ? 5 : c < 0x80 ? 1 : 3;
        }
        return bytes;
    }
}
