package news.editorials.cli;

/**
 * Entry point for {@code mvn -q compile exec:exec@serve}, which runs it in a JVM of its own (options through
 * {@code -Dserve.args="--port 0"}: {@code --port}, {@code --project-dir}, {@code --content-dir}, {@code --output}):
 * runs {@code editorials serve}.
 */
public final class ServeMain {
    private ServeMain() {
    }

    public static void main(String[] args) {
        EditorialsCommand.runSubcommand("serve", args);
    }
}
