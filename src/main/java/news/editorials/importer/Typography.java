package news.editorials.importer;

import java.util.regex.Pattern;

/**
 * Repairs the typography of extracted text: {@code --} becomes an em dash and every quotation mark and
 * apostrophe (straight {@code "} and {@code '}, and the backticks a bad extraction leaves) becomes the
 * typographic character. All quotes are made curly here, so the Markdown holds no straight quotes for the
 * renderer to guess about and the seed and corpus read the same way.
 */
final class Typography {
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    /** Elisions whose leading apostrophe is not an opening quote: 'Tis, 'T is, 'twas, '76. */
    private static final Pattern ELISION = Pattern.compile("(?i)(?:t ?is|twas|twere|em|\\d\\d)\\b.*", Pattern.DOTALL);

    static final char LEFT_DOUBLE = '\u201C';
    static final char RIGHT_DOUBLE = '\u201D';
    static final char LEFT_SINGLE = '\u2018';
    static final char RIGHT_SINGLE = '\u2019';
    static final char EM_DASH = '\u2014';

    private Typography() {
    }

    /**
     * Applies dash and quote repair to one paragraph; newlines count as spaces. Quote state does not carry
     * over from one paragraph to the next.
     */
    static String repair(String text) {
        String s = DASHES.matcher(text).replaceAll(String.valueOf(EM_DASH));
        StringBuilder out = new StringBuilder(s.length());
        boolean doubleOpen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '"' && c != '\'' && c != '`') {
                out.append(c);
                continue;
            }
            char prev = i == 0 ? ' ' : s.charAt(i - 1);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean opening = opensAfter(prev) && !Character.isWhitespace(next);
            if (c == '\'') {
                boolean elision = opening && ELISION.matcher(s.substring(i + 1)).lookingAt();
                out.append(opening && !elision ? LEFT_SINGLE : RIGHT_SINGLE);
            } else if (c == '`' && Character.isLetterOrDigit(prev) && (Character.isLetter(next) || !doubleOpen)) {
                // Trump`s, it`s, and a word-final backtick with no quotation open (the countries` economy).
                out.append(RIGHT_SINGLE);
            } else if (opening || (Character.isWhitespace(prev) && Character.isWhitespace(next) && !doubleOpen)) {
                out.append(LEFT_DOUBLE);
                doubleOpen = true;
            } else {
                out.append(RIGHT_DOUBLE);
                doubleOpen = false;
            }
        }
        return out.toString();
    }

    /** A quote after these characters opens a quotation. */
    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || "([{\u2014\u2013-/".indexOf(prev) >= 0
                || prev == LEFT_DOUBLE || prev == LEFT_SINGLE;
    }
}
