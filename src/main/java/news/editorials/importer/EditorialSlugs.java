package news.editorials.importer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.editorials.content.Slugs;

/**
 * The file name (and URL segment) for an imported editorial.
 *
 * <p>Rule: the slugified title; for a numbered paper of a series, prefixed with the series name without a
 * leading "The" and the number ({@code federalist-10-...}). A title "The Same Subject Continued (X)" uses X,
 * because the repeated phrase tells a reader nothing. Slugs longer than {@value #MAX_LENGTH} characters are
 * cut at the last whole word that fits, and a dangling small word ("and", "of", ...) is dropped.
 */
public final class EditorialSlugs {
    /** Longest slug, in characters. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern CONTINUED = Pattern.compile("(?i)the same subject continued \\((.+)\\)");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from",
            "in", "of", "on", "or", "the", "to", "with");

    private EditorialSlugs() {
    }

    /** The slug for an editorial; may be empty when the title has no letters or digits. */
    public static String slug(RawEditorial editorial) {
        return slug(editorial.title(), editorial.series(), editorial.number());
    }

    /** The slug for a title and, when known, its series and number (either may be null). */
    public static String slug(String title, String series, Integer number) {
        Matcher continued = CONTINUED.matcher(title.strip());
        String words = Slugs.slugify(continued.matches() ? continued.group(1) : title);
        if (series != null && number != null) {
            String seriesSlug = Slugs.slugify(series).replaceFirst("^the-", "");
            words = seriesSlug + "-" + number + (words.isEmpty() ? "" : "-" + words);
        }
        return shorten(words);
    }

    static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH + 1);
        int lastHyphen = cut.lastIndexOf('-');
        cut = lastHyphen > 0 ? cut.substring(0, lastHyphen) : slug.substring(0, MAX_LENGTH);
        while (cut.contains("-") && SMALL_WORDS.contains(cut.substring(cut.lastIndexOf('-') + 1))) {
            cut = cut.substring(0, cut.lastIndexOf('-'));
        }
        return cut;
    }
}
