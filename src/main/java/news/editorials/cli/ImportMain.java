package news.editorials.cli;

/**
 * Entry point for {@code mvn -q compile exec:java@import -Dexec.args="[--content-dir DIR] [--force]
 * [--dry-run] FILE..."}: runs {@code editorials import} with the given arguments.
 */
public final class ImportMain {
    private ImportMain() {
    }

    public static void main(String[] args) {
        EditorialsCommand.runSubcommand("import", args);
    }
}
