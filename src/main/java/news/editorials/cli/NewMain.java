package news.editorials.cli;

/**
 * Entry point for {@code mvn -q compile exec:java@new -Dexec.args="Title of the editorial"} (options:
 * {@code --content-dir DIR}): runs {@code editorials new} with the given arguments.
 */
public final class NewMain {
    private NewMain() {
    }

    public static void main(String[] args) {
        EditorialsCommand.runSubcommand("new", args);
    }
}
