package news.editorials.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The pattern itself, for tests that check the hand-written scanner against it. */
    static final Pattern WORD = Pattern.compile(WORD_PATTERN);
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
        // What WORD_PATTERN matches, scanned by hand: the regular expression took most of a large bake's
        // indexing time. SearchWordsTest checks that the two agree.
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < length) {
                c = text.codePointAt(i);
                if (isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '\'' || c == '\u2019') && i + 1 < length && isWordChar(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String word = fold(text.substring(start, i));
            if (!word.isEmpty() && word.length() <= MAX_LENGTH) {
                words.add(word);
            }
        }
        return words;
    }

    /** {@code [\p{L}\p{N}\p{M}]}: a letter, a number or a combining mark. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** One word (as cut by {@link #words}) folded for matching. */
    public static String fold(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        // Millions of words per bake, nearly all plain ASCII, which has nothing to decompose or fold.
        if (!isAscii(folded)) {
            // Lower-cased again after decomposing: compatibility forms such as mathematical bold letters
            // decompose to capitals.
            folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
            StringBuilder out = new StringBuilder(folded.length());
            for (int i = 0; i < folded.length(); i++) {
                String c = folded.substring(i, i + 1);
                out.append(EXTRA_FOLDS.getOrDefault(c, c));
            }
            folded = out.toString();
        }
        if (folded.endsWith("'s") || folded.endsWith("\u2019s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        return folded.indexOf('\'') < 0 && folded.indexOf('\u2019') < 0 ? folded : APOSTROPHES.matcher(folded).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
