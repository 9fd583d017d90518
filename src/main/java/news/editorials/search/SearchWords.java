package news.editorials.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search words, the same at bake time and in the browser: {@code assets/js/search.js} cuts
 * words with the same pattern and folds them the same way, reading the extra folds from the index's manifest
 * (see {@link #EXTRA_FOLDS}), so the two cannot drift apart on those.
 *
 * <p>A word is a run of letters, digits and combining marks, possibly joined by apostrophes ("don't").
 * Folding lower-cases it, takes accents off ("café" becomes "cafe"), spells out letters that have no
 * decomposition ("ß" becomes "ss"), drops a possessive "'s" and then the apostrophes ("don't" becomes "dont").
 */
public final class SearchWords {
    /** Also written to the manifest as a JavaScript regular expression source (with the {@code u} flag). */
    static final String WORD_PATTERN = "[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*";
    private static final Pattern WORD = Pattern.compile(WORD_PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");

    /** Longer "words" are URLs, hashes or run-together junk: never worth a vocabulary entry. */
    static final int MAX_LENGTH = 40;

    /** Letters that Unicode decomposition leaves as they are, spelled the way an English reader types them. */
    static final Map<String, String> EXTRA_FOLDS = Map.of(
            "\u00df", "ss", "\u00e6", "ae", "\u0153", "oe", "\u00f8", "o", "\u0111", "d",
            "\u0142", "l", "\u00fe", "th", "\u00f0", "d", "\u0131", "i");

    private SearchWords() {
    }

    /** The folded words of a text, in order, repeats kept. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = fold(matcher.group());
            if (!word.isEmpty() && word.length() <= MAX_LENGTH) {
                words.add(word);
            }
        }
        return words;
    }

    /** One word (as cut by {@link #words}) folded for matching. */
    public static String fold(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            String c = folded.substring(i, i + 1);
            out.append(EXTRA_FOLDS.getOrDefault(c, c));
        }
        String result = out.toString();
        if (result.endsWith("'s") || result.endsWith("\u2019s")) {
            result = result.substring(0, result.length() - 2);
        }
        return APOSTROPHES.matcher(result).replaceAll("");
    }
}
