package news.editorials.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns titles and topic names into URL path segments: lower-case ASCII words joined by hyphens.
 */
public final class Slugs {
    private Slugs() {
    }

    /**
     * {@code "Pakistan-US cooperation"} becomes {@code "pakistan-us-cooperation"}; accents are folded
     * ("Café" becomes "cafe"), apostrophes vanish ("Trump’s" becomes "trumps") and any other run of
     * punctuation or spaces becomes one hyphen. May return an empty string for input with no letters or digits.
     */
    public static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’‘`]", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
