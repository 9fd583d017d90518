package news.editorials.cli;

import java.io.PrintWriter;

/**
 * Entry point for {@code mvn -q compile exec:java@import -Dexec.args="[--content-dir DIR] [--force]
 * [--dry-run] FILE..."}: runs {@code editorials import} with the given arguments.
 */
public final class ImportMain {
    private ImportMain() {
    }

    public static void main(String[] args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "import";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        EditorialsCommand.exitOnFailure(EditorialsCommand.execute(
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), withCommand));
    }
}
