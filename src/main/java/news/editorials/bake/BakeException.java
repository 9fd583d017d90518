package news.editorials.bake;

import java.util.List;

/**
 * A bake that failed. The message lists every problem found, one per line, each naming its file (and line
 * where known), so one run shows everything to fix rather than the first problem only.
 */
public class BakeException extends RuntimeException {
    private final List<String> problems;

    public BakeException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public BakeException(String problem, Throwable cause) {
        super(summary(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    /** Each problem as {@code file:line: message} (or a plain sentence when no file is to blame). */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "Bake failed with " + count + ":\n  " + String.join("\n  ", problems);
    }
}
