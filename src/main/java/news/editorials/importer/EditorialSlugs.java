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
 * because the repeated phrase tells a reader nothing; the series name (and its number) is not repeated when the
 * title already contains it ({@link #withoutSeriesName}). Slugs longer than {@value #MAX_LENGTH} characters are
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
            words = withoutSeriesName(words, seriesSlug, number);
            words = seriesSlug + "-" + number + (words.isEmpty() ? "" : "-" + words);
        }
        return shorten(words);
    }

    /**
     * The title's words without the series name (and a "No. III" or "3" after it that is this paper's number):
     * the prefix says both already, so "An Old Whig No. III" in the series "An Old Whig" gives
     * {@code an-old-whig-3}, not {@code an-old-whig-3-an-old-whig-no-iii}.
     */
    static String withoutSeriesName(String words, String seriesSlug, int number) {
        if (seriesSlug.isEmpty()) {
            return words;
        }
        String numberWords = number >= 1 && number < 4000
                ? "(?:" + number + "|" + romanNumeral(number) + ")" : String.valueOf(number);
        Pattern seriesName = Pattern.compile("(?:^|-)(?:the-)?" + Pattern.quote(seriesSlug)
                + "(?:-(?:(?:no|nr|number|num)-)?" + numberWords + ")?(?=-|$)");
        String rest = seriesName.matcher(words).replaceAll("-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return rest.equals(words) ? words : withoutDanglingSmallWords(rest);
    }

    /** "letters-of" (from "Letters of Centinel" without the series name) becomes "letters". */
    private static String withoutDanglingSmallWords(String slug) {
        String cut = slug;
        while (cut.contains("-") && SMALL_WORDS.contains(cut.substring(cut.lastIndexOf('-') + 1))) {
            cut = cut.substring(0, cut.lastIndexOf('-'));
        }
        return SMALL_WORDS.contains(cut) ? "" : cut;
    }

    private static String romanNumeral(int number) {
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                roman.append(symbols[i]);
            }
        }
        return roman.toString();
    }

    static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH + 1);
        int lastHyphen = cut.lastIndexOf('-');
        cut = lastHyphen > 0 ? cut.substring(0, lastHyphen) : slug.substring(0, MAX_LENGTH);
        return withoutDanglingSmallWords(cut);
    }
}
