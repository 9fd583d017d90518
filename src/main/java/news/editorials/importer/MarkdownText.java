package news.editorials.importer;

import java.util.regex.Pattern;

/**
 * Backslash-escapes prose so that Markdown shows it as the same text: no emphasis from {@code *} or
 * {@code _}, no links from {@code [}, no HTML or entities from {@code <} and {@code &}, no lists from a line
 * starting {@code 1.} or {@code -}, no headings or quotes from a line starting {@code #}, {@code =} or
 * {@code >}. Every escape used is a CommonMark backslash escape of ASCII punctuation, which renders as the
 * character alone.
 */
final class MarkdownText {
    /** Characters that can start markup anywhere in a line. */
    private static final String INLINE_SPECIALS = "\\`*_[]<&~";
    /** Characters that start a block when first on a line. */
    private static final String LINE_START_SPECIALS = "#>+-=|:";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownText() {
    }

    /** Escapes text in the middle of a line. */
    static String escapeInline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes what would start a block at the beginning of an (already inline-escaped) line. */
    static String escapeLineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        if (LINE_START_SPECIALS.indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        var m = ORDERED_LIST_START.matcher(line);
        if (m.lookingAt()) {
            return m.group(1) + "\\" + line.substring(m.end(1));
        }
        return line;
    }
}
