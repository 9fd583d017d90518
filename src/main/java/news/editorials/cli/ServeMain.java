package news.editorials.cli;

import java.io.PrintWriter;

/**
 * Entry point for {@code mvn -q compile exec:java@serve} (options through {@code -Dexec.args="--port 0"}:
 * {@code --port}, {@code --project-dir}, {@code --content-dir}, {@code --output}): runs {@code editorials serve}.
 */
public final class ServeMain {
    private ServeMain() {
    }

    public static void main(String[] args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "serve";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        EditorialsCommand.exitOnFailure(EditorialsCommand.execute(
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), withCommand));
    }
}
