package news.editorials.importer;

/**
 * An input that cannot be imported: names the input and, when known, the 1-based line at fault.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param file the input as the user named it
     * @param line 1-based line, or 0 when the problem is not on one line
     * @param problem what is wrong and what was expected
     */
    public ImportException(String file, int line, String problem) {
        super(ImportProblem.format(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    /** This exception as a reportable error. */
    public ImportProblem toProblem() {
        return ImportProblem.error(file, line, problem);
    }
}
