package news.editorials.content;

/**
 * Characters a content file may not contain, because the pages and the feed could not carry them: the
 * control characters XML 1.0 forbids (everything below U+0020 but tab, line feed and carriage return), the
 * ones HTML treats as parse errors (DEL and the C1 controls U+007F-U+009F), noncharacters such as U+FFFE,
 * and unpaired surrogates. Invisible in an editor, they are usually pasted in by accident.
 */
final class ForbiddenCharacters {
    private ForbiddenCharacters() {
    }

    /** The index of the first forbidden character of {@code text}, or -1. */
    static int indexOfFirst(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isForbidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    static boolean isForbidden(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F)
                || (c >= 0xFDD0 && c <= 0xFDEF)
                || (c & 0xFFFE) == 0xFFFE
                || Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    /** How a message names the character: {@code U+0001 (a control character)}. */
    static String describe(int c) {
        String kind = c < 0xA0 ? "a control character" : Character.isSurrogate((char) c) && c <= 0xFFFF
                ? "half of a surrogate pair" : "a noncharacter";
        return String.format("U+%04X (%s)", c, kind);
    }

    /** The problem with {@code text}, for a message, or {@code null} when it has no forbidden character. */
    static String problemWith(String text) {
        int index = indexOfFirst(text);
        if (index < 0) {
            return null;
        }
        return "contains " + describe(text.codePointAt(index)) + ", which a web page or feed cannot carry: remove it";
    }
}
