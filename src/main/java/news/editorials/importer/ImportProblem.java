package news.editorials.importer;

/**
 * One error or warning about one input, printed as {@code file:line: message} like a compiler does.
 *
 * @param file the input as the user named it
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param message what is wrong and what was expected
 * @param warning true when the input was still imported
 */
public record ImportProblem(String file, int line, String message, boolean warning) {

    static ImportProblem error(String file, int line, String message) {
        return new ImportProblem(file, line, message, false);
    }

    static ImportProblem warning(String file, int line, String message) {
        return new ImportProblem(file, line, message, true);
    }

    static String format(String file, int line, String message) {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    @Override
    public String toString() {
        return format(file, line, (warning ? "warning: " : "") + message);
    }

    /**
     * A line as quoted in a message: stripped, cut to 60 characters, and with every character a terminal would
     * act on rather than show (controls, line and paragraph separators, bidirectional overrides, zero-width
     * and other format characters) written as {@code \\uXXXX}, so a hostile input cannot forge or hide output.
     */
    static String quote(String line) {
        String s = line.strip();
        if (s.codePointCount(0, s.length()) > 60) {
            s = s.substring(0, s.offsetByCodePoints(0, 57)) + "...";
        }
        StringBuilder shown = new StringBuilder();
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.SURROGATE) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
