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
}
