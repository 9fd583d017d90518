package news.editorials.markup;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;

/**
 * File line numbers for the nodes of one body. flexmark's own {@code Node.getStartLineNumber()} counts lines
 * from the start of the text on every call, which made a body with tens of thousands of links take minutes;
 * here line starts are found once and each lookup is a binary search.
 */
final class SourceLines {
    private final int firstLine;
    private final int[] lineStarts;

    /** @param firstLine the file's line number of the body's first line */
    SourceLines(String body, int firstLine) {
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The file's line number where the node starts. */
    int of(Node node) {
        int index = Arrays.binarySearch(lineStarts, node.getStartOffset());
        return firstLine + (index >= 0 ? index : -index - 2);
    }
}
