package news.editorials.content;

import java.nio.file.Path;

/**
 * A problem in one content file, reported as {@code file:line: message} so editors and IDEs can jump to it.
 */
public class ContentException extends RuntimeException {
    private final Path file;
    private final int line;

    /**
     * @param file the content file
     * @param line 1-based line number, or 0 when the problem concerns the whole file
     * @param message what is wrong and what was expected
     */
    public ContentException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The problem in the compiler-style form {@code path:line: message}. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }

    @Override
    public String toString() {
        return describe();
    }
}
