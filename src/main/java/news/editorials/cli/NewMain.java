package news.editorials.cli;

import java.io.PrintWriter;

/**
 * Entry point for {@code mvn -q compile exec:java@new -Dexec.args="Title of the editorial"} (options:
 * {@code --content-dir DIR}): runs {@code editorials new} with the given arguments.
 */
public final class NewMain {
    private NewMain() {
    }

    public static void main(String[] args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "new";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        EditorialsCommand.exitOnFailure(EditorialsCommand.execute(
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), withCommand));
    }
}
