package news.editorials.markup;

import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import news.editorials.content.ContentException;

/**
 * Limits on nesting, checked before flexmark sees the text. flexmark parses nested block quotes and lists
 * and renders nested inline markup by recursion, so a few thousand levels overflow the stack, and deeply
 * stacked emphasis takes seconds; no editorial needs more than a few levels. The scan is one linear pass over
 * the lines and errs on the side of counting too many: unclosed {@code *} or {@code [} count as open.
 */
final class NestingLimits {
    static final int BLOCK_QUOTES = 16;
    static final int LISTS = 16;
    static final int EMPHASIS = 16;
    static final int BRACKETS = 16;
    /** The parsed tree's depth, a backstop for nesting the scan cannot see (e.g. links in images in lists). */
    static final int TREE = 128;

    private final Path file;
    private final int firstLine;
    private final Deque<Integer> listIndents = new ArrayDeque<>();
    private int emphasis;
    private int brackets;

    private NestingLimits(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /**
     * @param firstLine the file's line number of the body's first line
     * @throws ContentException at the first line that goes past a limit
     */
    static void check(Path file, int firstLine, String body) {
        new NestingLimits(file, firstLine).scan(body);
    }

    /** The tree's depth, walked without recursion so that it cannot overflow itself. */
    static void checkTree(Path file, SourceLines lines, Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > TREE) {
                throw new ContentException(file, lines.of(node), "the text is nested " + depth
                        + " deep at a " + node.getNodeName() + "; the limit is " + TREE
                        + ". Flatten the block quotes, lists, links and emphasis around it");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    private void scan(String body) {
        int lineIndex = 0;
        int start = 0;
        String fence = null;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            int line = firstLine + lineIndex;
            int i = start;
            int quotes = 0;
            int markers = 0;
            int indent = -1;
            // Container prefix: spaces, '>' and list markers in any order ("> - > 1. text").
            while (i < end) {
                char c = body.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '>') {
                    quotes++;
                    i++;
                } else {
                    int marker = listMarkerEnd(body, i, end);
                    if (marker < 0) {
                        break;
                    }
                    if (markers == 0) {
                        indent = i - lineStartAfterQuotes(body, start, i);
                    }
                    markers++;
                    i = marker;
                }
            }
            if (quotes > BLOCK_QUOTES) {
                fail(line, "block quotes (>)", quotes, BLOCK_QUOTES, "quote fewer levels, or escape a literal > as \\>");
            }
            boolean blank = i >= end;
            String fenceHere = fenceAt(body, i, end);
            if (fence != null) {
                if (fenceHere != null && fenceHere.charAt(0) == fence.charAt(0) && fenceHere.length() >= fence.length()) {
                    fence = null;
                }
            } else if (fenceHere != null) {
                fence = fenceHere;
            } else if (blank) {
                emphasis = 0;
                brackets = 0;
            } else {
                countLists(line, markers, indent, i - start);
                scanInline(body, i, end, line);
            }
            lineIndex++;
            start = end + 1;
        }
    }

    private void countLists(int line, int markers, int markerIndent, int textIndent) {
        if (markers == 0) {
            while (!listIndents.isEmpty() && listIndents.peek() >= textIndent) {
                listIndents.pop();
            }
            return;
        }
        while (!listIndents.isEmpty() && listIndents.peek() >= markerIndent) {
            listIndents.pop();
        }
        for (int m = 0; m < markers; m++) {
            listIndents.push(markerIndent + m);
        }
        if (listIndents.size() > LISTS) {
            fail(line, "lists", listIndents.size(), LISTS, "use fewer levels of list inside list");
        }
    }

    private void scanInline(String body, int from, int end, int line) {
        int i = from;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int run = runEnd(body, i, end, '`');
                int close = body.indexOf(body.substring(i, run), run);
                i = close >= 0 && close < end ? close + (run - i) : run;
            } else if (c == '[') {
                if (++brackets > BRACKETS) {
                    fail(line, "brackets ([)", brackets, BRACKETS, "close each [ with ], or escape a literal one as \\[");
                }
                i++;
            } else if (c == ']') {
                brackets = Math.max(0, brackets - 1);
                i++;
            } else if (c == '*' || c == '_' || c == '~') {
                int run = runEnd(body, i, end, c);
                emphasis(body, i, run, end, line, c);
                i = run;
            } else {
                i++;
            }
        }
    }

    private void emphasis(String body, int from, int to, int end, int line, char c) {
        char before = from > 0 ? body.charAt(from - 1) : ' ';
        char after = to < end ? body.charAt(to) : ' ';
        boolean opens = !Character.isWhitespace(after) && !Character.isLetterOrDigit(before);
        boolean closes = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            if (c != '*') {
                return; // snake_case and the like are words, not emphasis
            }
            opens = emphasis == 0;
            closes = !opens;
        }
        int levels = (to - from + 1) / 2;
        if (closes && emphasis > 0) {
            emphasis = Math.max(0, emphasis - levels);
        } else if (opens) {
            emphasis += levels;
            if (emphasis > EMPHASIS) {
                fail(line, "emphasis (*, _ or ~~)", emphasis, EMPHASIS,
                        "close each emphasis before opening more, or escape a literal star as \\*");
            }
        }
    }

    private static int runEnd(String body, int from, int end, char c) {
        int i = from;
        while (i < end && body.charAt(i) == c) {
            i++;
        }
        return i;
    }

    /** The end of a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) and its space, or -1. */
    private static int listMarkerEnd(String body, int i, int end) {
        char c = body.charAt(i);
        int j = i;
        if (c == '-' || c == '*' || c == '+') {
            j++;
        } else if (Character.isDigit(c)) {
            while (j < end && j - i < 9 && Character.isDigit(body.charAt(j))) {
                j++;
            }
            if (j >= end || (body.charAt(j) != '.' && body.charAt(j) != ')')) {
                return -1;
            }
            j++;
        } else {
            return -1;
        }
        return j < end && (body.charAt(j) == ' ' || body.charAt(j) == '\t') ? j + 1 : (j == end ? j : -1);
    }

    private static int lineStartAfterQuotes(String body, int start, int i) {
        int last = body.lastIndexOf('>', i - 1);
        return last >= start ? last + 1 : start;
    }

    /** A code fence ({@code ```} or {@code ~~~}, three or more) at {@code i}, or {@code null}. */
    private static String fenceAt(String body, int i, int end) {
        if (i >= end || (body.charAt(i) != '`' && body.charAt(i) != '~')) {
            return null;
        }
        int run = runEnd(body, i, end, body.charAt(i));
        return run - i >= 3 ? body.substring(i, run) : null;
    }

    private void fail(int line, String what, int depth, int limit, String hint) {
        throw new ContentException(file, line, what + " nested " + depth + " deep; the limit is " + limit + ": " + hint);
    }
}
